using Dapper;
using Npgsql;

namespace Platform.Identity.Users;

/// <summary>Reads and writes <c>identity.users</c>.</summary>
internal sealed class UserStore(NpgsqlDataSource dataSource)
{
    public const string Columns =
        """
        id, region_code, unit_id, account, display_name, roles, password_hash, applicant_kind, enterprise_id,
        provider, provider_subject, failed_attempts, locked_until, disabled, version
        """;

    public async Task<UserRow?> FindByAccountAsync(string account, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<UserRow>(
            $"SELECT {Columns} FROM identity.users WHERE account = @account", new { account });
    }

    public async Task<UserRow?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<UserRow>(
            $"SELECT {Columns} FROM identity.users WHERE id = @id", new { id });
    }

    public static Task InsertAsync(NpgsqlTransaction transaction, UserRow user, DateTimeOffset now) =>
        transaction.Connection!.ExecuteAsync(
            """
            INSERT INTO identity.users (id, region_code, unit_id, account, display_name, roles, password_hash,
                applicant_kind, enterprise_id, provider, provider_subject, created_at)
            VALUES (@Id, @RegionCode, @UnitId, @Account, @DisplayName, @Roles, @PasswordHash,
                @ApplicantKind, @EnterpriseId, @Provider, @ProviderSubject, @now)
            """, new
            {
                user.Id, user.RegionCode, user.UnitId, user.Account, user.DisplayName, user.Roles, user.PasswordHash,
                user.ApplicantKind, user.EnterpriseId, user.Provider, user.ProviderSubject, now,
            }, transaction);

    /// <summary>Counts a failed password; locks the account until <paramref name="lockUntil"/> when the count reaches <paramref name="maxAttempts"/>.</summary>
    public async Task<bool> RecordFailureAsync(Guid id, int maxAttempts, DateTimeOffset lockUntil, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var locked = await connection.ExecuteScalarAsync<bool>(
            """
            UPDATE identity.users
            SET failed_attempts = CASE WHEN failed_attempts + 1 >= @maxAttempts THEN 0 ELSE failed_attempts + 1 END,
                locked_until    = CASE WHEN failed_attempts + 1 >= @maxAttempts THEN @lockUntil ELSE locked_until END
            WHERE id = @id
            RETURNING locked_until IS NOT NULL AND locked_until = @lockUntil
            """, new { id, maxAttempts, lockUntil });
        return locked;
    }

    public async Task ResetFailuresAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE identity.users SET failed_attempts = 0, locked_until = NULL WHERE id = @id AND (failed_attempts > 0 OR locked_until IS NOT NULL)",
            new { id });
    }
}

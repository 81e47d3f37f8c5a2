using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;
using Platform.Kernel.Time;

namespace Platform.Identity.SignIn;

/// <summary>
/// The applicant's lockout, as staff have theirs on the user row: <c>Identity:MaxFailedAttempts</c> failures lock the
/// identifier (phone number or credit code) for <c>Identity:LockoutDuration</c>. Kept by identifier, because the identity
/// provider, not this platform, knows whether it exists; a success clears it.
/// </summary>
internal sealed class ApplicantLockout(NpgsqlDataSource dataSource, IClock clock, IOptions<IdentitySettings> settings)
{
    private const int LongestPlainKey = 64;

    /// <summary>
    /// The identifier trimmed and upper-cased; one too long to be a phone number or credit code is keyed by its SHA-256,
    /// so that whatever is typed fits the table's index (a 1 MB identifier once failed the insert with 500).
    /// </summary>
    public static string Key(string identifier)
    {
        var key = identifier.Trim().ToUpperInvariant();
        return key.Length <= LongestPlainKey ? key : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    public async Task<bool> IsLockedAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM identity.applicant_lockouts WHERE identifier = @key AND locked_until > @now)",
            new { key, now = clock.Now }, cancellationToken: cancellationToken));
    }

    /// <summary>Counts a failure; answers whether it locked the identifier.</summary>
    public async Task<bool> RecordFailureAsync(string key, CancellationToken cancellationToken)
    {
        var options = settings.Value;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            """
            INSERT INTO identity.applicant_lockouts AS l (identifier, failed_attempts, locked_until)
            VALUES (@key, CASE WHEN @max <= 1 THEN 0 ELSE 1 END, CASE WHEN @max <= 1 THEN @lockUntil END)
            ON CONFLICT (identifier) DO UPDATE SET
                failed_attempts = CASE WHEN l.failed_attempts + 1 >= @max THEN 0 ELSE l.failed_attempts + 1 END,
                locked_until    = CASE WHEN l.failed_attempts + 1 >= @max THEN @lockUntil ELSE l.locked_until END
            RETURNING COALESCE(locked_until = @lockUntil, false)
            """, new { key, max = options.MaxFailedAttempts, lockUntil = clock.Now + options.LockoutDuration },
            cancellationToken: cancellationToken));
    }

    public async Task ResetAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM identity.applicant_lockouts WHERE identifier = @key", new { key },
            cancellationToken: cancellationToken));
    }
}

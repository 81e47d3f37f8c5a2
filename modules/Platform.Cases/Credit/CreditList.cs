using Dapper;
using Npgsql;
using Platform.Cases.Contracts;
using Platform.Kernel.Time;

namespace Platform.Cases.Credit;

/// <summary>The region's dishonest list (失信名单): listed applicants lose tolerant and commitment routes.</summary>
internal sealed class CreditList(IClock clock) : IDishonestList
{
    public async Task<bool> IsDishonestAsync(NpgsqlTransaction transaction, string regionCode, params string?[] subjectIds) =>
        await transaction.Connection!.ExecuteScalarAsync<bool>(
            """
            SELECT EXISTS (SELECT 1 FROM cases.dishonest_entities
                           WHERE region_code = @regionCode AND subject_id = ANY(@ids) AND lifted_at IS NULL)
            """, new { regionCode, ids = subjectIds.OfType<string>().ToArray() }, transaction);

    public Task ListAsync(NpgsqlTransaction transaction, string regionCode, string subjectId, string reason) =>
        transaction.Connection!.ExecuteAsync(
            "INSERT INTO cases.dishonest_entities (region_code, subject_id, reason, listed_at) VALUES (@regionCode, @subjectId, @reason, @at)",
            new { regionCode, subjectId, reason, at = clock.Now.ToUniversalTime() }, transaction);

    public Task<bool> IsListedAsync(NpgsqlTransaction transaction, string regionCode, string subjectId, CancellationToken cancellationToken) =>
        IsDishonestAsync(transaction, regionCode, subjectId);

    public async Task<bool> ListAsync(NpgsqlTransaction transaction, string regionCode, string subjectId, string reason, CancellationToken cancellationToken)
    {
        if (await IsDishonestAsync(transaction, regionCode, subjectId)) return false;
        await ListAsync(transaction, regionCode, subjectId, reason);
        return true;
    }

    public async Task<bool> LiftAsync(NpgsqlTransaction transaction, string regionCode, string subjectId, CancellationToken cancellationToken) =>
        await transaction.Connection!.ExecuteAsync(
            """
            UPDATE cases.dishonest_entities SET lifted_at = @at
            WHERE region_code = @regionCode AND subject_id = @subjectId AND lifted_at IS NULL
            """, new { regionCode, subjectId, at = clock.Now.ToUniversalTime() }, transaction) > 0;
}

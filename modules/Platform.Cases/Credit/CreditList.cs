using Dapper;
using Npgsql;
using Platform.Kernel.Time;

namespace Platform.Cases.Credit;

/// <summary>The region's dishonest list (失信名单): listed applicants lose tolerant and commitment routes.</summary>
internal sealed class CreditList(IClock clock)
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
}

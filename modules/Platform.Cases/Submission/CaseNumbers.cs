using System.Security.Cryptography;
using Npgsql;
using Platform.Kernel.Database;

namespace Platform.Cases.Submission;

/// <summary>办件编号 per region and year (440784-2026-000123), and the query code (查询码) for tracking without an account.</summary>
internal static class CaseNumbers
{
    private const string QueryAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>
    /// Takes the region's next number for the year, but only when this submission claimed its idempotency key earlier in
    /// the same batch (a retry takes none and leaves no gap). The row stays locked to commit: the region's submissions
    /// serialise here, so numbers have no gaps and follow commit order.
    /// </summary>
    public static NpgsqlBatchCommand NextCommand(string regionCode, int year, string actorId, string key, Guid caseId) =>
        BatchCommand.Of(
            """
            INSERT INTO cases.case_numbers (region_code, year, last_number)
            SELECT $1, $2, 1
            WHERE EXISTS (SELECT FROM cases.idempotency_keys WHERE actor_id = $3 AND key = $4 AND case_id = $5)
            ON CONFLICT (region_code, year) DO UPDATE SET last_number = case_numbers.last_number + 1
            RETURNING last_number
            """, regionCode, year, actorId, key, caseId);

    public static string Format(string regionCode, int year, int number) => $"{regionCode}-{year}-{number:D6}";

    public static string NewQueryCode() =>
        string.Create(8, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = QueryAlphabet[RandomNumberGenerator.GetInt32(QueryAlphabet.Length)];
        });
}

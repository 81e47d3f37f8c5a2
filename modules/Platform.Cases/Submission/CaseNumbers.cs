using System.Security.Cryptography;
using Dapper;
using Npgsql;

namespace Platform.Cases.Submission;

/// <summary>办件编号 per region and year (440784-2026-000123), and the query code (查询码) for tracking without an account.</summary>
internal static class CaseNumbers
{
    private const string QueryAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static async Task<string> NextAsync(NpgsqlTransaction transaction, string regionCode, int year)
    {
        var number = await transaction.Connection!.ExecuteScalarAsync<int>(
            """
            INSERT INTO cases.case_numbers (region_code, year, last_number) VALUES (@regionCode, @year, 1)
            ON CONFLICT (region_code, year) DO UPDATE SET last_number = case_numbers.last_number + 1
            RETURNING last_number
            """, new { regionCode, year }, transaction);
        return $"{regionCode}-{year}-{number:D6}";
    }

    public static string NewQueryCode() =>
        string.Create(8, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = QueryAlphabet[RandomNumberGenerator.GetInt32(QueryAlphabet.Length)];
        });
}

using System.Security.Cryptography;

namespace Platform.Cases.Submission;

/// <summary>办件编号 per region and year (440784-2026-000123), and the query code (查询码) for tracking without an account.</summary>
internal static class CaseNumbers
{
    private const string QueryAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>
    /// A common table expression <c>next_number (number)</c> that takes the region's next number of the year and formats it,
    /// so the case that carries it is written in the same statement. The number's row stays locked until commit.
    /// </summary>
    public static string NextNumberCte(string regionParameter, string yearParameter) =>
        $"""
         next_number AS (
             INSERT INTO cases.case_numbers (region_code, year, last_number) VALUES ({regionParameter}, {yearParameter}, 1)
             ON CONFLICT (region_code, year) DO UPDATE SET last_number = case_numbers.last_number + 1
             RETURNING {regionParameter} || '-' || {yearParameter} || '-' || lpad(last_number::text, greatest(6, length(last_number::text)), '0') AS number)
         """;

    public static string NewQueryCode() =>
        string.Create(8, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = QueryAlphabet[RandomNumberGenerator.GetInt32(QueryAlphabet.Length)];
        });
}

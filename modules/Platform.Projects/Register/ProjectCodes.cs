using Dapper;
using Npgsql;

namespace Platform.Projects.Register;

/// <summary>
/// Gives out project codes in the national investment-project code style: year, region, industry, class and a
/// six-digit sequence per region and year (e.g. 2026-210300-30-02-000001). The code never changes through the stages.
/// </summary>
internal static class ProjectCodes
{
    public static string Format(int year, string regionCode, string industryCode, string classSegment, int sequence) =>
        $"{year}-{regionCode}-{industryCode}-{classSegment}-{sequence:D6}";

    public static async Task<string> NextAsync(NpgsqlTransaction tx, int year, string regionCode, string industryCode, string classSegment)
    {
        var sequence = await tx.Connection!.ExecuteScalarAsync<int>(
            """
            INSERT INTO projects.code_sequences (region_code, year, last_value) VALUES (@regionCode, @year, 1)
            ON CONFLICT (region_code, year) DO UPDATE SET last_value = code_sequences.last_value + 1
            RETURNING last_value
            """, new { regionCode, year }, tx);
        return Format(year, regionCode, industryCode, classSegment, sequence);
    }
}

using Dapper;
using Npgsql;
using Platform.Kernel.Time;

namespace Platform.Plugins.Heshan.Shared;

/// <summary>Readable numbers per region, kind and year, e.g. 鹤文〔2026〕7号 or 准入2026-0003.</summary>
internal static class Numbers
{
    public static async Task<int> NextAsync(NpgsqlTransaction tx, string kind, DateTimeOffset at) =>
        await tx.Connection!.ExecuteScalarAsync<int>(
            """
            INSERT INTO heshan.number_sequences (region_code, kind, year, last_value) VALUES (@region, @kind, @year, 1)
            ON CONFLICT (region_code, kind, year) DO UPDATE SET last_value = number_sequences.last_value + 1
            RETURNING last_value
            """, new { region = HeshanModule.RegionCode, kind, year = BusinessTime.DateOf(at).Year }, tx);
}

using Dapper;
using Npgsql;

namespace Platform.Reliability.Tests.Fuzz;

/// <summary>
/// The row count of every table in every schema the platform owns, as one comparable string. The
/// security log (identity.security_events) and the applicants' failed sign-in counts (identity.applicant_lockouts)
/// are left out: recording refused sign-ins and denied requests is their purpose, and they change no business data.
/// </summary>
internal sealed class DatabaseSnapshot(string connectionString)
{
    private string? countQuery;

    public async Task<string> TakeAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        countQuery ??= await CountQueryAsync(connection);
        var counts = await connection.QueryAsync<(string Table, long Rows)>(countQuery);
        return string.Join(", ", counts.Select(c => $"{c.Table}={c.Rows}"));
    }

    /// <summary>The differences between two snapshots, as "table: before → after".</summary>
    public static string Difference(string before, string after)
    {
        var old = Parse(before);
        return string.Join(", ", Parse(after).Where(t => old.GetValueOrDefault(t.Key) != t.Value)
            .Select(t => $"{t.Key}: {old.GetValueOrDefault(t.Key)} → {t.Value}"));
    }

    private static Dictionary<string, string> Parse(string snapshot) =>
        snapshot.Split(", ").Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);

    private static async Task<string> CountQueryAsync(NpgsqlConnection connection)
    {
        var tables = (await connection.QueryAsync<(string Schema, string Table)>(
            """
            SELECT table_schema, table_name FROM information_schema.tables
            WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
              AND (table_schema, table_name) NOT IN (('identity', 'security_events'), ('identity', 'applicant_lockouts'))
            ORDER BY 1, 2
            """)).ToList();
        return string.Join(" UNION ALL ", tables.Select(t =>
            $"SELECT '{t.Schema}.{t.Table}' AS table, count(*) AS rows FROM \"{t.Schema}\".\"{t.Table}\""));
    }
}

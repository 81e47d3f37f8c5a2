using Dapper;
using Npgsql;
using Platform.Kernel.Database;

namespace Platform.Projects.Sharing;

internal static class SharedResultStore
{
    private const string Select =
        """
        SELECT id, region_code, kind, project_id, zone, name, material_name, reference, valid_from::text AS valid_from,
               valid_until::text AS valid_until, recorded_by, recorded_at
        FROM projects.shared_results
        """;

    /// <summary>What reaches a project's member cases on <paramref name="today"/>: its own survey results, and its zone's assessments valid that day.</summary>
    public static async Task<IReadOnlyList<SharedResult>> ReachingAsync(NpgsqlConnection connection, string regionCode, Guid projectId, string? zone,
        DateOnly today) =>
        (await connection.QueryAsync<Row>(Select +
            """
             WHERE region_code = @regionCode AND (project_id = @projectId
                OR (kind = 'assessment' AND zone = @zone AND valid_from <= @today::date AND valid_until >= @today::date))
             ORDER BY recorded_at
            """, new { regionCode, projectId, zone, today = today.ToString("yyyy-MM-dd") })).Select(r => r.ToResult()).ToList();

    public static async Task<(IReadOnlyList<SharedResult> Items, long Total)> PageAssessmentsAsync(NpgsqlConnection connection, string regionCode,
        string? zone, int page, int pageSize)
    {
        const string filter = " WHERE region_code = @regionCode AND kind = 'assessment' AND (@zone::text IS NULL OR zone = @zone)";
        var args = new { regionCode, zone, pageSize, offset = Pages.Offset(page, pageSize) };
        var total = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM projects.shared_results" + filter, args);
        var rows = await connection.QueryAsync<Row>(Select + filter + " ORDER BY zone, valid_until DESC, name LIMIT @pageSize OFFSET @offset", args);
        return (rows.Select(r => r.ToResult()).ToList(), total);
    }

    public static async Task<SharedResult?> FindByKeyAsync(NpgsqlTransaction tx, string recordedBy, string key) =>
        (await tx.Connection!.QuerySingleOrDefaultAsync<Row>(Select + " WHERE recorded_by = @recordedBy AND idempotency_key = @key",
            new { recordedBy, key }, tx))?.ToResult();

    public static Task AddAsync(NpgsqlTransaction tx, SharedResult result, string key) =>
        tx.Connection!.ExecuteAsync(
            """
            INSERT INTO projects.shared_results (id, region_code, kind, project_id, zone, name, material_name, reference, valid_from, valid_until,
                                                 recorded_by, idempotency_key, recorded_at)
            VALUES (@Id, @RegionCode, @Kind, @ProjectId, @Zone, @Name, @MaterialName, @Reference, @from::date, @until::date, @RecordedBy, @key, @RecordedAt)
            """,
            new
            {
                result.Id, result.RegionCode, result.Kind, result.ProjectId, result.Zone, result.Name, result.MaterialName, result.Reference,
                from = result.ValidFrom.ToString("yyyy-MM-dd"), until = result.ValidUntil?.ToString("yyyy-MM-dd"), result.RecordedBy, key,
                result.RecordedAt,
            }, tx);

    private sealed record Row(Guid Id, string RegionCode, string Kind, Guid? ProjectId, string? Zone, string Name, string MaterialName, string Reference,
        string ValidFrom, string? ValidUntil, string RecordedBy, DateTime RecordedAt)
    {
        public SharedResult ToResult() => new(Id, RegionCode, Kind, ProjectId, Zone, Name, MaterialName, Reference, DateOnly.Parse(ValidFrom),
            ValidUntil is null ? null : DateOnly.Parse(ValidUntil), RecordedBy, RecordedAt);
    }
}

using Dapper;
using Npgsql;
using Platform.Kernel.Database;

namespace Platform.Projects.Intermediaries;

/// <summary>Reads intermediary services: one (locked for a change), a project's, and the firms' standings from them.</summary>
internal sealed class ServiceStore(NpgsqlDataSource dataSource)
{
    private const string Columns =
        """
        id, region_code, project_id, enterprise_code, matter_code, matter_name, material_name, firm_code, firm_name, time_limit_days,
        commissioned_at, due_date, deadline_id, state, report_file_id, report_no, reported_at, overdue, rating, rating_comment
        """;

    public static Task<ServiceRow?> LockAsync(NpgsqlTransaction tx, Guid id) =>
        tx.Connection!.QuerySingleOrDefaultAsync<ServiceRow>($"SELECT {Columns} FROM projects.intermediary_services WHERE id = @id FOR UPDATE",
            new { id }, tx);

    public static Task<ServiceRow?> FindByKeyAsync(NpgsqlTransaction tx, string createdBy, string key) =>
        tx.Connection!.QuerySingleOrDefaultAsync<ServiceRow>(
            $"SELECT {Columns} FROM projects.intermediary_services WHERE created_by = @createdBy AND idempotency_key = @key", new { createdBy, key }, tx);

    public async Task<ServiceRow?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ServiceRow>(new CommandDefinition(
            $"SELECT {Columns} FROM projects.intermediary_services WHERE id = @id", new { id }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<ServiceRow>> ForProjectAsync(Guid projectId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<ServiceRow>(new CommandDefinition(
            $"SELECT {Columns} FROM projects.intermediary_services WHERE project_id = @projectId ORDER BY commissioned_at, id LIMIT 100",
            new { projectId }, cancellationToken: cancellationToken))).ToList();
    }

    /// <summary>
    /// The region's firms (those offering <paramref name="matterCode"/> when given) in code order, never ranked, so the list cannot steer the
    /// choice, with their ratings and their services that broke the time limit (reported late, or open past the due date).
    /// </summary>
    public async Task<(IReadOnlyList<FirmStanding> Items, long Total)> FirmsAsync(string regionCode, string? matterCode, DateOnly today, int page,
        int pageSize, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        const string offering =
            """
            i.region_code = @regionCode AND (@matterCode::text IS NULL OR EXISTS (SELECT 1 FROM projects.intermediary_matters m
                WHERE m.region_code = @regionCode AND m.code = @matterCode AND i.code = ANY(m.firm_codes)))
            """;
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT count(*) FROM projects.intermediaries i WHERE {offering}", new { regionCode, matterCode }, cancellationToken: cancellationToken));
        var items = await connection.QueryAsync<FirmStanding>(new CommandDefinition(
            $"""
            SELECT i.code, i.name, i.services, i.qualification, i.contact,
                   (SELECT round(avg(s.rating), 1) FROM projects.intermediary_services s
                    WHERE s.region_code = i.region_code AND s.firm_code = i.code AND s.rating IS NOT NULL) AS average_rating,
                   (SELECT count(*) FROM projects.intermediary_services s
                    WHERE s.region_code = i.region_code AND s.firm_code = i.code AND s.rating IS NOT NULL) AS ratings,
                   (SELECT count(*) FROM projects.intermediary_services s
                    WHERE s.region_code = i.region_code AND s.firm_code = i.code
                      AND (s.overdue OR (s.state = 'commissioned' AND s.due_date < @today::date))) AS overdue_services
            FROM projects.intermediaries i WHERE {offering}
            ORDER BY i.code LIMIT @pageSize OFFSET @offset
            """, new { regionCode, matterCode, today = today.ToString("yyyy-MM-dd"), pageSize, offset = Pages.Offset(page, pageSize) }, cancellationToken: cancellationToken));
        return (items.ToList(), total);
    }
}

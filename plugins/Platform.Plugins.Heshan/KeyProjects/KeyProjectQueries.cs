using Dapper;
using Npgsql;
using Platform.Kernel.Database;
using Platform.Kernel.Time;
using Platform.Plugins.Heshan.Contracts;
using Platform.Plugins.Heshan.Shared;

namespace Platform.Plugins.Heshan.KeyProjects;

/// <summary>Reads key projects: one with its stages and deadlines, a unit's to-do list, and the monthly report.</summary>
internal sealed class KeyProjectQueries(ITransactionRunner transactions, NpgsqlDataSource dataSource, Deadlines deadlines, UnitNames units,
    KeyProjectFlows flows)
{
    public async Task<KeyProjectView?> GetAsync(Guid id, CancellationToken ct)
    {
        var names = await units.AllAsync(ct);
        return await transactions.RunAsync(async tx =>
        {
            var p = await tx.Connection!.QuerySingleOrDefaultAsync<(Guid Id, string Name, string EnterpriseId, string EnterpriseName, string FlowCode,
                DateTime FiledAt, string State, int Version)?>(
                "SELECT id, name, enterprise_id, enterprise_name, flow_code, filed_at, state, version FROM heshan.key_projects WHERE id = @id", new { id }, tx);
            if (p is not { } project) return null;
            var stages = new List<KeyProjectStageView>();
            foreach (var s in await tx.Connection!.QueryAsync<(int Ordinal, string Name, string UnitCode, int LimitDays, DateTime? OpenedAt, DateTime? CompletedAt,
                         string? Note, Guid? DeadlineId)>(
                         """
                         SELECT ordinal, name, unit_code, limit_days, opened_at, completed_at, note, deadline_id
                         FROM heshan.key_project_stages WHERE project_id = @id ORDER BY ordinal
                         """, new { id }, tx))
                stages.Add(new KeyProjectStageView(s.Ordinal, s.Name, s.UnitCode, UnitNames.Of(names, s.UnitCode), s.LimitDays, Instants.From(s.OpenedAt),
                    Instants.From(s.CompletedAt), s.Note, await deadlines.ViewAsync(tx, s.DeadlineId, ct)));
            return new KeyProjectView(project.Id, project.Name, project.EnterpriseId, project.EnterpriseName, project.FlowCode,
                flows.Find(project.FlowCode)?.Name ?? project.FlowCode, Instants.From(project.FiledAt), project.State, project.Version, stages);
        }, ct);
    }

    /// <summary>Open stages waiting on <paramref name="unitCode"/> (all units when null), nearest due date first.</summary>
    public async Task<PagedList<KeyProjectTodo>> TodoAsync(string? unitCode, int page, int pageSize, CancellationToken ct)
    {
        (page, pageSize) = (Math.Max(page, 1), Math.Clamp(pageSize, 1, 100));
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        const string Filter = "p.region_code = @region AND s.opened_at IS NOT NULL AND s.completed_at IS NULL AND (@unit::text IS NULL OR s.unit_code = @unit)";
        var args = new { region = HeshanModule.RegionCode, unit = unitCode, skip = Pages.Offset(page, pageSize), take = pageSize };
        var total = await connection.ExecuteScalarAsync<long>(
            $"SELECT count(*) FROM heshan.key_project_stages s JOIN heshan.key_projects p ON p.id = s.project_id WHERE {Filter}", args);
        var rows = await connection.QueryAsync<(Guid ProjectId, string ProjectName, string StageName, string UnitCode, DateTime Due)>(
            $"""
            SELECT p.id, p.name, s.name, s.unit_code, s.due_date::timestamp
            FROM heshan.key_project_stages s JOIN heshan.key_projects p ON p.id = s.project_id
            WHERE {Filter} ORDER BY s.due_date, p.id OFFSET @skip LIMIT @take
            """, args);
        return new PagedList<KeyProjectTodo>(rows.Select(r => new KeyProjectTodo(r.ProjectId, r.ProjectName, r.StageName, r.UnitCode,
            DateOnly.FromDateTime(r.Due))).ToList(), page, pageSize, total);
    }

    public async Task<KeyProjectMonthlyReport> MonthlyAsync(int year, int month, CancellationToken ct)
    {
        var first = new DateOnly(year, month, 1);
        var (from, to) = (BusinessTime.StartOf(first).ToUniversalTime(), BusinessTime.StartOf(first.AddMonths(1)).ToUniversalTime());
        var lastDay = first.AddMonths(1).AddDays(-1).ToDateTime(TimeOnly.MinValue);
        var names = await units.AllAsync(ct);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var args = new { region = HeshanModule.RegionCode, from, to, lastDay };
        var projects = await connection.QuerySingleAsync<(long Started, long Completed)>(
            """
            SELECT count(*) FILTER (WHERE filed_at >= @from AND filed_at < @to), count(*) FILTER (WHERE completed_at >= @from AND completed_at < @to)
            FROM heshan.key_projects WHERE region_code = @region
            """, args);
        var lines = (await connection.QueryAsync<(string UnitCode, long Completed, long Late, long Open, long Overdue)>(
            """
            SELECT s.unit_code,
                   count(*) FILTER (WHERE s.completed_at >= @from AND s.completed_at < @to),
                   count(*) FILTER (WHERE s.completed_at >= @from AND s.completed_at < @to AND (s.completed_at AT TIME ZONE 'Asia/Shanghai')::date > s.due_date),
                   count(*) FILTER (WHERE s.opened_at < @to AND (s.completed_at IS NULL OR s.completed_at >= @to)),
                   count(*) FILTER (WHERE s.opened_at < @to AND (s.completed_at IS NULL OR s.completed_at >= @to) AND s.due_date < @lastDay::date)
            FROM heshan.key_project_stages s JOIN heshan.key_projects p ON p.id = s.project_id
            WHERE p.region_code = @region AND s.opened_at IS NOT NULL
            GROUP BY s.unit_code ORDER BY s.unit_code
            """, args)).Select(l => new KeyProjectUnitLine(l.UnitCode, UnitNames.Of(names, l.UnitCode), (int)l.Completed, (int)l.Late, (int)l.Open, (int)l.Overdue))
            .Where(l => l.Completed + l.OpenAtMonthEnd > 0).ToList();
        return new KeyProjectMonthlyReport(year, month, (int)projects.Started, (int)projects.Completed, lines.Sum(l => l.Completed), lines.Sum(l => l.CompletedLate),
            lines);
    }
}

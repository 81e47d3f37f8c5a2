using Dapper;
using Npgsql;
using Platform.Kernel.Database;
using Platform.Supervision.Contracts;

namespace Platform.Supervision.Watch;

/// <summary>The region's raised warnings, newest first, optionally of one level.</summary>
internal sealed class WarningQueries(NpgsqlDataSource dataSource)
{
    public async Task<Paged<WarningItem>> ListAsync(string regionCode, string? level, int page, int size, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        const string where = "region_code = @regionCode AND (@level::text IS NULL OR level = @level)";
        var args = new { regionCode, level, size, offset = Pages.Offset(page, size) };
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT count(*) FROM supervision.warnings WHERE {where}", args, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"""
             SELECT id, level, subject_type, subject_id, case_id, case_number, unit_code, due_date::text AS due_date, remaining_working_days,
                    raised_at
             FROM supervision.warnings WHERE {where} ORDER BY raised_at DESC, id DESC LIMIT @size OFFSET @offset
             """, args, cancellationToken: cancellationToken));
        return new Paged<WarningItem>(rows.Select(r => new WarningItem(r.Id, r.Level, r.SubjectType, r.SubjectId, r.CaseId, r.CaseNumber,
            r.UnitCode, DateOnly.Parse(r.DueDate), r.RemainingWorkingDays, new DateTimeOffset(DateTime.SpecifyKind(r.RaisedAt, DateTimeKind.Utc))))
            .ToList(), page, size, total);
    }

    /// <summary>Counts per level, for the dashboard.</summary>
    public async Task<IReadOnlyDictionary<string, long>> CountsAsync(string regionCode, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Level, long Count)>(new CommandDefinition(
            "SELECT level, count(*) FROM supervision.warnings WHERE region_code = @regionCode GROUP BY level",
            new { regionCode }, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.Level, r => r.Count);
    }

    private sealed record Row(Guid Id, string Level, string SubjectType, string SubjectId, Guid? CaseId, string? CaseNumber, string? UnitCode,
        string DueDate, int RemainingWorkingDays, DateTime RaisedAt);
}

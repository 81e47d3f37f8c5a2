using Npgsql;
using Platform.Calendar.Calendars;
using Platform.Calendar.Contracts;
using Platform.Kernel.Time;

namespace Platform.Calendar.Watch;

/// <summary>
/// Reads running deadlines whose due date is at most a horizon away, then keeps those the region's
/// calendar warns about. The horizon is the national yellow threshold plus a margin for regions'
/// own rest days, so no warned deadline is missed while normal ones far off are never read.
/// </summary>
internal sealed class DeadlineWatchSource(NpgsqlDataSource dataSource, CalendarIndexCache calendars, CalendarOptions options)
    : IDeadlineWatchSource
{
    private const int RegionRestMarginDays = 31;

    public async Task<DeadlineWatchPage> WarnedAsync(DateTimeOffset at, Guid? after, int pageSize, CancellationToken cancellationToken)
    {
        var today = BusinessTime.DateOf(at);
        var horizon = calendars.National.Due(today, TimeLimit.WorkingDays(options.YellowWorkingDays)).Due.AddDays(RegionRestMarginDays);
        var rows = await ReadAsync(horizon, after ?? Guid.Empty, pageSize, cancellationToken);
        var items = new List<WarnedDeadline>();
        foreach (var row in rows)
        {
            var calendar = await calendars.CalendarForAsync(row.RegionCode, cancellationToken);
            var due = new DeadlineAnswer(row.DueDate, row.DueAt, row.Provisional);
            var warning = calendar.WarningAt(due, at);
            if (warning is WarningLevel.Normal) continue;
            items.Add(new WarnedDeadline(row.Id, row.RegionCode, row.SubjectType, row.SubjectId, due,
                calendar.RemainingWorkingDays(due, at), warning));
        }

        return new DeadlineWatchPage(items, rows.Count == pageSize ? rows[^1].Id : null);
    }

    private async Task<List<WatchRow>> ReadAsync(DateOnly horizon, Guid after, int pageSize, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT id, region_code, subject_type, subject_id, due_date, due_at, provisional
            FROM calendar.deadlines
            WHERE closed_at IS NULL AND suspended_since IS NULL AND due_date <= $1 AND id > $2
            ORDER BY id LIMIT $3
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = horizon });
        command.Parameters.Add(new NpgsqlParameter { Value = after });
        command.Parameters.Add(new NpgsqlParameter { Value = pageSize });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<WatchRow>();
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(new WatchRow(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.GetFieldValue<DateOnly>(4), reader.GetFieldValue<DateTimeOffset>(5), reader.GetBoolean(6)));
        return rows;
    }

    private sealed record WatchRow(Guid Id, string RegionCode, string SubjectType, string SubjectId, DateOnly DueDate, DateTimeOffset DueAt,
        bool Provisional);
}

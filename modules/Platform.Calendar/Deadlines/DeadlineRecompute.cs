using Npgsql;
using Platform.Calendar.Calendars;
using Platform.Calendar.Contracts;
using Platform.Kernel.Time;

namespace Platform.Calendar.Deadlines;

/// <summary>
/// After a calendar change, recomputes the open deadlines whose counted range (start date to due
/// date) touches the changed dates, page by page inside the caller's transaction.
/// </summary>
internal sealed class DeadlineRecompute(IClock clock, IEnumerable<IDeadlineObserver> observers)
{
    private const int PageSize = 500;

    public async Task<int> RunAsync(NpgsqlTransaction tx, DateOnly from, DateOnly to, string? regionCode,
        Func<string, CancellationToken, ValueTask<CalendarIndex>> indexFor, CancellationToken cancellationToken)
    {
        var recomputed = 0;
        var after = Guid.Empty;
        while (true)
        {
            var page = await DeadlineStore.OpenPageAsync(tx, from, to, regionCode, after, PageSize, cancellationToken);
            if (page.Count == 0) return recomputed;
            var suspensions = await DeadlineStore.SuspensionsAsync(tx, page.Select(r => r.Id).ToArray(), cancellationToken);
            var dues = new List<(Guid, DeadlineAnswer)>(page.Count);
            foreach (var row in page)
            {
                var index = await indexFor(row.RegionCode, cancellationToken);
                dues.Add((row.Id, Stored(index, row, suspensions.GetValueOrDefault(row.Id) ?? [])));
            }

            await DeadlineStore.UpdateDuesAsync(tx, dues, clock.Now, cancellationToken);
            await TellObserversAsync(tx, page, dues, cancellationToken);
            recomputed += dues.Count;
            after = page[^1].Id;
            if (page.Count < PageSize) return recomputed;
        }
    }

    private async Task TellObserversAsync(NpgsqlTransaction tx, List<DeadlineRow> page, List<(Guid Id, DeadlineAnswer Due)> dues,
        CancellationToken cancellationToken)
    {
        foreach (var observer in observers)
        {
            var moved = page.Zip(dues)
                .Where(pair => pair.First.SubjectType == observer.SubjectType)
                .Select(pair => new MovedDeadline(pair.First.Id, pair.First.SubjectId, pair.Second.Due))
                .ToList();
            if (moved.Count > 0) await observer.DueDatesMovedAsync(tx, moved, cancellationToken);
        }
    }

    /// <summary>The due date kept in the row: a suspension still running counts as ending where it began.</summary>
    public static DeadlineAnswer Stored(CalendarIndex index, DeadlineRow row, IReadOnlyList<Suspension> suspensions) =>
        DeadlineSchedule.Compute(index, row.StartedAt, row.Limit, suspensions, row.ExtensionWorkingDays);
}

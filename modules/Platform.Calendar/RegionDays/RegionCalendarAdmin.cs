using Npgsql;
using Platform.Calendar.Calendars;
using Platform.Calendar.Contracts;
using Platform.Calendar.Deadlines;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;

namespace Platform.Calendar.RegionDays;

internal sealed class RegionCalendarAdmin(
    CalendarIndexCache calendars, ITransactionRunner transactions, IAuditTrail audit, DeadlineRecompute recompute, IClock clock)
    : IRegionCalendarAdmin
{
    private const int MaxNameLength = 50;

    public Task<IReadOnlyList<RegionDay>> DaysAsync(string regionCode, int year, CancellationToken cancellationToken)
    {
        calendars.EnsureServed(regionCode);
        return transactions.RunAsync(tx => RegionDayStore.ListAsync(tx, regionCode,
            new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), cancellationToken), cancellationToken);
    }

    public async Task<int> AddDayAsync(string regionCode, RegionDay day, string actor, CancellationToken cancellationToken)
    {
        calendars.EnsureServed(regionCode);
        if (!CalendarSpan.Contains(day.Date)) throw CalendarProblems.OutOfRange("date", day.Date);
        if (string.IsNullOrWhiteSpace(day.Name) || day.Name.Length > MaxNameLength)
            throw PlatformProblem.Invalid("calendar.region_day.invalid_name", "name", $"名称不能为空，且不超过 {MaxNameLength} 个字");
        var nationallyWorking = calendars.NationalIndex.IsWorkingDay(day.Date);
        if (day.Kind == RegionDayKind.Rest && !nationallyWorking)
            throw PlatformProblem.Invalid("calendar.region_day.already_rest", "date", $"{day.Date:yyyy-MM-dd} 按全国日历已是休息日");
        if (day.Kind == RegionDayKind.Work && nationallyWorking)
            throw PlatformProblem.Invalid("calendar.region_day.already_work", "date", $"{day.Date:yyyy-MM-dd} 按全国日历已是工作日");

        return await ChangeAsync(regionCode, day.Date, actor, "calendar.region_day.added", day, async (tx, existing) =>
        {
            if (existing.Any(d => d.Date == day.Date))
                throw PlatformProblem.Conflict("calendar.region_day.exists", $"{day.Date:yyyy-MM-dd} 已有本地区的调整，请先删除");
            await RegionDayStore.InsertAsync(tx, regionCode, day, actor, clock.Now, cancellationToken);
            return [.. existing, day];
        }, cancellationToken);
    }

    public async Task<int> RemoveDayAsync(string regionCode, DateOnly date, string actor, CancellationToken cancellationToken)
    {
        calendars.EnsureServed(regionCode);
        return await ChangeAsync(regionCode, date, actor, "calendar.region_day.removed", new { Date = date }, async (tx, existing) =>
        {
            if (!await RegionDayStore.DeleteAsync(tx, regionCode, date, cancellationToken))
                throw PlatformProblem.NotFound("calendar.region_day.not_found", $"{date:yyyy-MM-dd} 没有本地区的调整");
            return existing.Where(d => d.Date != date).ToList();
        }, cancellationToken);
    }

    /// <summary>One change: under a per-region lock, write it, audit it, and recompute with the region's new index, all in one transaction.</summary>
    private async Task<int> ChangeAsync(string regionCode, DateOnly date, string actor, string action, object data,
        Func<NpgsqlTransaction, IReadOnlyList<RegionDay>, Task<IReadOnlyList<RegionDay>>> change, CancellationToken cancellationToken)
    {
        var recomputed = await transactions.RunAsync(async tx =>
        {
            await DeadlineStore.ExecuteAsync(tx, "SELECT pg_advisory_xact_lock(hashtext($1))", cancellationToken, "calendar.region:" + regionCode);
            var existing = await RegionDayStore.ListAsync(tx, regionCode, null, null, cancellationToken);
            var index = calendars.Build(regionCode, await change(tx, existing)).Index;
            var count = await recompute.RunAsync(tx, date, date, regionCode, (_, _) => ValueTask.FromResult(index), cancellationToken);
            await audit.AppendAsync(tx, new AuditEntry(regionCode, actor, action, "calendar.region_day",
                $"{regionCode}:{date:yyyy-MM-dd}", new { change = data, recomputedDeadlines = count }), cancellationToken);
            return count;
        }, cancellationToken);
        calendars.Forget(regionCode);
        return recomputed;
    }
}

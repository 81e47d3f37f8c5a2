using System.Collections.Concurrent;
using Platform.Calendar.Contracts;
using Platform.Calendar.RegionDays;
using Platform.Kernel.Modularity;
using Platform.Kernel.Time;

namespace Platform.Calendar.Calendars;

/// <summary>
/// Builds each calendar's index once and keeps it. A region's index is dropped here when its days
/// change and, for changes made by another host, reloaded after <see cref="CalendarOptions.RegionCacheLifetime"/>.
/// </summary>
internal sealed class CalendarIndexCache : IWorkingCalendarProvider
{
    private readonly NationalCalendar national;
    private readonly Deployment deployment;
    private readonly RegionDayStore store;
    private readonly CalendarOptions options;
    private readonly IClock clock;
    private readonly Lazy<WorkingCalendar> nationalCalendar;
    private readonly ConcurrentDictionary<string, (WorkingCalendar Calendar, DateTimeOffset LoadedAt)> regions = new();

    public CalendarIndexCache(NationalCalendar national, Deployment deployment, RegionDayStore store, CalendarOptions options, IClock clock)
    {
        this.national = national;
        this.deployment = deployment;
        this.store = store;
        this.options = options;
        this.clock = clock;
        nationalCalendar = new Lazy<WorkingCalendar>(() => new WorkingCalendar(CalendarIndex.Build(national, []), null, options));
    }

    public NationalCalendar NationalCalendar => national;

    public IWorkingCalendar National => nationalCalendar.Value;

    public CalendarIndex NationalIndex => nationalCalendar.Value.Index;

    public async ValueTask<IWorkingCalendar> ForRegionAsync(string regionCode, CancellationToken cancellationToken)
    {
        EnsureServed(regionCode);
        return await CalendarForAsync(regionCode, cancellationToken);
    }

    public void EnsureServed(string regionCode)
    {
        if (!deployment.Serves(regionCode)) throw CalendarProblems.UnknownRegion(regionCode);
    }

    /// <summary>Any region's calendar, served or not, for deadlines already stored.</summary>
    public async ValueTask<WorkingCalendar> CalendarForAsync(string regionCode, CancellationToken cancellationToken)
    {
        if (regions.TryGetValue(regionCode, out var cached) && clock.Now - cached.LoadedAt < options.RegionCacheLifetime)
            return cached.Calendar;
        var calendar = Build(regionCode, await store.ListAsync(regionCode, cancellationToken));
        regions[regionCode] = (calendar, clock.Now);
        return calendar;
    }

    /// <summary>A region's calendar from the given days; a region without days shares the national index.</summary>
    public WorkingCalendar Build(string regionCode, IReadOnlyCollection<RegionDay> days) =>
        new(days.Count == 0 ? NationalIndex : CalendarIndex.Build(national, days), regionCode, options);

    public void Forget(string regionCode) => regions.TryRemove(regionCode, out _);
}

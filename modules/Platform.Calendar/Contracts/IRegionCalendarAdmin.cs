namespace Platform.Calendar.Contracts;

/// <summary>
/// A region's own rest and work days. Each change is audited and recomputes, in the same
/// transaction, the region's open deadlines whose counted range contains the changed day.
/// </summary>
public interface IRegionCalendarAdmin
{
    Task<IReadOnlyList<RegionDay>> DaysAsync(string regionCode, int year, CancellationToken cancellationToken);

    /// <summary>Adds the day; returns how many open deadlines were recomputed.</summary>
    Task<int> AddDayAsync(string regionCode, RegionDay day, string actor, CancellationToken cancellationToken);

    /// <summary>Removes the day; returns how many open deadlines were recomputed.</summary>
    Task<int> RemoveDayAsync(string regionCode, DateOnly date, string actor, CancellationToken cancellationToken);
}

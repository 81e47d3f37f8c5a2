namespace Platform.Calendar.Contracts;

/// <summary>Hands out the national calendar and regions' calendars (national plus the region's overrides).</summary>
public interface IWorkingCalendarProvider
{
    IWorkingCalendar National { get; }

    /// <summary>The region's calendar; refuses a region this deployment does not serve.</summary>
    ValueTask<IWorkingCalendar> ForRegionAsync(string regionCode, CancellationToken cancellationToken);
}

using Microsoft.Extensions.Configuration;

namespace Platform.Calendar.Calendars;

/// <summary>Settings under <c>Calendar:</c> in appsettings.</summary>
internal sealed record CalendarOptions(int YellowWorkingDays, TimeSpan RegionCacheLifetime)
{
    public static CalendarOptions Default { get; } = new(2, TimeSpan.FromSeconds(60));

    public static CalendarOptions From(IConfiguration configuration) => new(
        configuration.GetValue("Calendar:YellowWorkingDays", Default.YellowWorkingDays),
        TimeSpan.FromSeconds(configuration.GetValue("Calendar:RegionCacheSeconds", (int)Default.RegionCacheLifetime.TotalSeconds)));
}

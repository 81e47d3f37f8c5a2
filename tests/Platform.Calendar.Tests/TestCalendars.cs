using Platform.Calendar.Calendars;
using Platform.Calendar.Contracts;

namespace Platform.Calendar.Tests;

/// <summary>The real national calendar from config/calendars/CN.yaml, built once per test run.</summary>
internal static class TestCalendars
{
    public static string ConfigDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "config");

    public static NationalCalendar National { get; } =
        NationalCalendarFile.Load(Path.Combine(ConfigDirectory, "calendars", "CN.yaml"));

    public static CalendarIndex NationalIndex { get; } = CalendarIndex.Build(National, []);

    public static CalendarIndex WithRegionDays(params RegionDay[] days) => CalendarIndex.Build(National, days);

    public static DateOnly Date(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    public static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}

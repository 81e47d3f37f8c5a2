using Platform.Kernel.Time;

namespace Platform.Calendar.Calendars;

/// <summary>
/// Day boundaries in Asia/Shanghai without a time-zone lookup per call: China has kept UTC+8
/// without daylight saving since 1991, so the offset is one constant over the whole calendar span.
/// </summary>
internal static class BusinessDays
{
    private static readonly TimeSpan Offset = BusinessTime.Zone.BaseUtcOffset;

    public static DateTimeOffset StartOf(DateOnly date) => new(date.DayNumber * TimeSpan.TicksPerDay, Offset);

    /// <summary>The instant a day-based deadline has passed: 00:00 of the following day.</summary>
    public static DateTimeOffset EndOf(DateOnly date) => new((date.DayNumber + 1L) * TimeSpan.TicksPerDay, Offset);
}

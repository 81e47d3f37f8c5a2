using Platform.Calendar.Contracts;

namespace Platform.Calendar.Calendars;

/// <summary>One day of the grid: whether it counts, why, and the holiday or adjustment it belongs to.</summary>
internal sealed record GridDay(DateOnly Date, bool Working, CalendarDayKind Kind, string? Name);

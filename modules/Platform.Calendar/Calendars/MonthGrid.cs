namespace Platform.Calendar.Calendars;

internal sealed record MonthGrid(int Month, IReadOnlyList<GridDay> Days);

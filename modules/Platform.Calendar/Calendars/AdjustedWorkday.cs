namespace Platform.Calendar.Calendars;

/// <summary>A weekend day a notice turns into a work day (调休).</summary>
internal sealed record AdjustedWorkday(DateOnly Date, string Name);

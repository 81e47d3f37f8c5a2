namespace Platform.Calendar.Calendars;

/// <summary>Consecutive rest days of one holiday as a notice lists them, for example 春节 Feb 15–23.</summary>
internal sealed record HolidayBlock(string Name, DateOnly From, DateOnly To);

namespace Platform.Calendar.Calendars;

/// <summary>The dates every calendar index covers; questions outside it are refused.</summary>
internal static class CalendarSpan
{
    public static readonly DateOnly First = new(2000, 1, 1);
    public static readonly DateOnly Last = new(2100, 12, 31);

    /// <summary>Starts accepted from callers, leaving room for the longest limit a caller may ask.</summary>
    public static readonly DateOnly LastStart = new(2095, 12, 31);

    public static bool Contains(DateOnly date) => date >= First && date <= Last;
}

using Platform.Calendar.Contracts;

namespace Platform.Calendar.Deadlines;

/// <summary>The spelling of <see cref="TimeLimitUnit"/> in the <c>limit_unit</c> column.</summary>
internal static class TimeLimitUnits
{
    public static string ToColumn(TimeLimitUnit unit) => unit switch
    {
        TimeLimitUnit.WorkingDays => "working_days",
        TimeLimitUnit.CalendarDays => "calendar_days",
        TimeLimitUnit.Hours => "hours",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown time limit unit."),
    };

    public static TimeLimitUnit FromColumn(string column) => column switch
    {
        "working_days" => TimeLimitUnit.WorkingDays,
        "calendar_days" => TimeLimitUnit.CalendarDays,
        "hours" => TimeLimitUnit.Hours,
        _ => throw new InvalidOperationException($"Unknown limit_unit '{column}' in calendar.deadlines."),
    };
}

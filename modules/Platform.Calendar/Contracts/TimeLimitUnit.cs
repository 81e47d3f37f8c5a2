namespace Platform.Calendar.Contracts;

/// <summary>How a time limit counts: 工作日, 自然日 or natural hours (for 24-hour promises).</summary>
public enum TimeLimitUnit
{
    WorkingDays,
    CalendarDays,
    Hours,
}

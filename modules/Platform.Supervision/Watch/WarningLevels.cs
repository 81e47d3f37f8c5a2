using Platform.Calendar.Contracts;

namespace Platform.Supervision.Watch;

/// <summary>How warning levels are stored and named.</summary>
internal static class WarningLevels
{
    public static string ToColumn(WarningLevel level) => level switch
    {
        WarningLevel.Yellow => "yellow",
        WarningLevel.Red => "red",
        WarningLevel.Overdue => "overdue",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "A normal deadline raises no warning."),
    };

    public static string Name(string column) => column switch
    {
        "yellow" => "黄色预警",
        "red" => "红色预警",
        "overdue" => "逾期",
        _ => column,
    };

    public static string Situation(WarnedDeadline deadline) => deadline.Warning switch
    {
        WarningLevel.Yellow => $"将于 {deadline.Due.Due:yyyy-MM-dd} 到期，剩余 {deadline.RemainingWorkingDays} 个工作日",
        WarningLevel.Red => $"今日（{deadline.Due.Due:yyyy-MM-dd}）到期",
        _ => $"已于 {deadline.Due.Due:yyyy-MM-dd} 到期，已逾期 {-deadline.RemainingWorkingDays} 个工作日",
    };
}

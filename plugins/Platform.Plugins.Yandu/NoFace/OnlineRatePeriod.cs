using Platform.Kernel.Errors;
using Platform.Kernel.Time;

namespace Platform.Plugins.Yandu.NoFace;

/// <summary>The period an online rate is read over: the given dates, else the current month up to today; at most a year.</summary>
internal static class OnlineRatePeriod
{
    public static (DateOnly From, DateOnly To) Of(DateOnly? from, DateOnly? to, DateTimeOffset now)
    {
        var today = BusinessTime.DateOf(now);
        var end = to ?? today;
        var start = from ?? new DateOnly(end.Year, end.Month, 1);
        if (start > end) throw PlatformProblem.Invalid("yandu.online_rate.period_invalid", "from", "统计起始日期不能晚于截止日期。");
        if (end.DayNumber - start.DayNumber > 366) throw PlatformProblem.Invalid("yandu.online_rate.period_too_long", "to", "统计期不超过一年。");
        return (start, end);
    }
}

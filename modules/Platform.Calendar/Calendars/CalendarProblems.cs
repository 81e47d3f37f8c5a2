using Platform.Kernel.Errors;

namespace Platform.Calendar.Calendars;

/// <summary>The calendar's refusals that more than one entry point shares.</summary>
internal static class CalendarProblems
{
    public static PlatformProblem OutOfRange(string field, DateOnly date) => PlatformProblem.Invalid(
        "calendar.out_of_range", field,
        $"日期 {date:yyyy-MM-dd} 超出日历范围（{CalendarSpan.First:yyyy-MM-dd} 至 {CalendarSpan.Last:yyyy-MM-dd}）");

    public static PlatformProblem UnknownRegion(string regionCode) => PlatformProblem.Invalid(
        "calendar.region.unknown", "region", $"地区代码 {regionCode} 不是本部署服务的地区");
}

using System.Globalization;
using Platform.Calendar.Calendars;
using Platform.Calendar.Contracts;

namespace Platform.Calendar.Queries;

/// <summary>A deadline question as the API and the CLI receive it: a start (date or instant), one time limit, maybe a region.</summary>
internal sealed record DeadlineQuery(DateOnly StartDate, DateTimeOffset? StartInstant, TimeLimit Limit, string? RegionCode)
{
    public const int MaxDays = 1000;
    public const int MaxHours = 24000;

    public DeadlineAnswer AnswerOn(IWorkingCalendar calendar) =>
        StartInstant is { } instant ? calendar.Due(instant, Limit) : calendar.Due(StartDate, Limit);

    public static (DeadlineQuery? Query, QueryRule? Broken) Parse(
        string? start, string? workingDays, string? calendarDays, string? hours, string? region)
    {
        var limits = new (string? Text, TimeLimitUnit Unit, string Field, int Max)[]
        {
            (workingDays, TimeLimitUnit.WorkingDays, "workingDays", MaxDays),
            (calendarDays, TimeLimitUnit.CalendarDays, "calendarDays", MaxDays),
            (hours, TimeLimitUnit.Hours, "hours", MaxHours),
        }.Where(l => l.Text is not null).ToList();
        if (limits.Count != 1)
            return (null, new QueryRule(limits.Count == 0 ? "calendar.deadline.missing_limit" : "calendar.deadline.ambiguous_limit",
                "workingDays", "必须且只能给出一种期限：工作日（workingDays）、自然日（calendarDays）或小时（hours）",
                "give exactly one time limit: working days, calendar days or hours"));
        var limit = limits[0];
        if (!int.TryParse(limit.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount > limit.Max)
            return (null, new QueryRule("calendar.deadline.invalid_limit", limit.Field,
                $"期限必须是 0 到 {limit.Max} 之间的整数", $"the time limit must be a whole number from 0 to {limit.Max}"));

        if (!TryParseStart(start, out var startDate, out var startInstant))
            return (null, new QueryRule("calendar.deadline.invalid_start", "start",
                "开始日期必须是形如 2026-09-24 的日期，或形如 2026-09-24T09:30:00+08:00 的时刻",
                "start must be a date such as 2026-09-24 or an instant such as 2026-09-24T09:30:00+08:00"));
        if (startDate < CalendarSpan.First || startDate > CalendarSpan.LastStart)
            return (null, new QueryRule("calendar.deadline.start_out_of_range", "start",
                $"开始日期必须在 {CalendarSpan.First:yyyy-MM-dd} 至 {CalendarSpan.LastStart:yyyy-MM-dd} 之间",
                $"start must lie between {CalendarSpan.First:yyyy-MM-dd} and {CalendarSpan.LastStart:yyyy-MM-dd}"));

        var regionCode = string.IsNullOrWhiteSpace(region) ? null : region.Trim();
        return (new DeadlineQuery(startDate, startInstant, new TimeLimit(amount, limit.Unit), regionCode), null);
    }

    private static bool TryParseStart(string? text, out DateOnly date, out DateTimeOffset? instant)
    {
        instant = null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) return true;
        if (text is null || text.Length <= 10 || text[10] != 'T') return false;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) && HasOffset(text))
            instant = parsed;
        else if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            instant = new DateTimeOffset(local, Platform.Kernel.Time.BusinessTime.Zone.GetUtcOffset(local));
        if (instant is null) return false;
        date = Platform.Kernel.Time.BusinessTime.DateOf(instant.Value);
        return true;
    }

    /// <summary>An instant without an offset is read as Asia/Shanghai time, not as the server's.</summary>
    private static bool HasOffset(string text) => text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > 10;
}

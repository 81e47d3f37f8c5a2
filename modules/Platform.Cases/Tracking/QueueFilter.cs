using Platform.Kernel.Errors;

namespace Platform.Cases.Tracking;

/// <summary>
/// What a queue is narrowed to: a state, a matter, a due level (normal, yellow, red, overdue), a search over the case
/// number and the applicant, and the direction of the due-date order. Null parts do not narrow.
/// </summary>
internal sealed record QueueFilter(string? State = null, string? Matter = null, string? Due = null, string? Search = null, bool DueDescending = false)
{
    public static readonly QueueFilter None = new();

    public static readonly IReadOnlyList<string> DueLevels = ["normal", "yellow", "red", "overdue"];

    /// <summary>Checks what a request asked for; <paramref name="states"/> are the states the queue holds.</summary>
    public static QueueFilter From(string? state, string? matter, string? due, string? q, string? sort, IReadOnlyList<string> states)
    {
        state = Blank(state);
        due = Blank(due)?.ToLowerInvariant();
        if (state is not null && !states.Contains(state))
            throw PlatformProblem.Invalid("case.queue.state_invalid", "state", $"状态须为本队列中的一种：{string.Join("、", states)}。");
        if (due is not null && !DueLevels.Contains(due))
            throw PlatformProblem.Invalid("case.queue.due_invalid", "due", "时限状态须为 normal（正常）、yellow（预警）、red（今日到期）或 overdue（逾期）。");
        if (Blank(sort) is { } s && s is not ("due" or "-due"))
            throw PlatformProblem.Invalid("case.queue.sort_invalid", "sort", "排序须为 due（期限由近到远）或 -due（由远到近）。");
        var search = Blank(q);
        if (search is { Length: > 100 }) throw PlatformProblem.Invalid("case.queue.search_too_long", "q", "搜索内容不超过 100 个字符。");
        return new QueueFilter(state, Blank(matter), due, search, sort?.Trim() == "-due");
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

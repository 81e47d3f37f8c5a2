using Platform.Calendar.Contracts;
using Platform.Kernel.Time;

namespace Platform.Cases.Tracking;

/// <summary>
/// The due dates that separate the warning levels at one instant on one calendar, so a queue can filter by level in SQL
/// with the calendar's own rule: overdue once the due instant has passed, red on the due date, yellow while few working
/// days remain (the calendar's setting), normal from <see cref="FirstNormal"/> on.
/// </summary>
internal sealed record DueBounds(DateTimeOffset Now, DateOnly Today, DateOnly FirstNormal)
{
    public static DueBounds Of(IWorkingCalendar calendar, DateTimeOffset now)
    {
        var today = BusinessTime.DateOf(now);
        var day = today.AddDays(1);
        // Warning levels fall with the due date, so the first later day the calendar calls normal bounds the yellow ones.
        while (day < today.AddDays(366) && calendar.WarningAt(new DeadlineAnswer(day, BusinessTime.StartOf(day.AddDays(1)), false), now) != WarningLevel.Normal)
            day = day.AddDays(1);
        return new DueBounds(now, today, day);
    }

    /// <summary>The condition for one level over a case table aliased <paramref name="alias"/> (empty for none).</summary>
    public static string Condition(string level, string alias) => level switch
    {
        "overdue" => $"{alias}due_at <= @dueNow",
        "red" => $"{alias}due_at > @dueNow AND {alias}due_date <= @dueToday::date",
        "yellow" => $"{alias}due_at > @dueNow AND {alias}due_date > @dueToday::date AND {alias}due_date < @dueFirstNormal::date",
        _ => $"{alias}due_at > @dueNow AND {alias}due_date >= @dueFirstNormal::date",
    };
}

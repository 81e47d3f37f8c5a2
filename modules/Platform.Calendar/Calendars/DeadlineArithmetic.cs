using Platform.Calendar.Contracts;
using Platform.Kernel.Time;

namespace Platform.Calendar.Calendars;

/// <summary>Time limits, remaining days and warning levels on one <see cref="CalendarIndex"/>; no I/O, constant time.</summary>
internal static class DeadlineArithmetic
{
    public static DeadlineAnswer Due(CalendarIndex index, DateOnly start, TimeLimit limit) => limit.Unit switch
    {
        TimeLimitUnit.WorkingDays => WorkingDaysDue(index, start, limit.Amount),
        TimeLimitUnit.CalendarDays => CalendarDaysDue(index, start, limit.Amount),
        TimeLimitUnit.Hours => HoursDue(BusinessDays.StartOf(start), limit.Amount),
        _ => throw new ArgumentOutOfRangeException(nameof(limit), limit.Unit, "Unknown time limit unit."),
    };

    public static DeadlineAnswer Due(CalendarIndex index, DateTimeOffset start, TimeLimit limit) =>
        limit.Unit == TimeLimitUnit.Hours
            ? HoursDue(start, limit.Amount)
            : Due(index, BusinessTime.DateOf(start), limit);

    public static DeadlineAnswer WorkingDaysDue(CalendarIndex index, DateOnly start, int workingDays)
    {
        var due = index.DueAfterWorkingDays(start, workingDays);
        return new DeadlineAnswer(due, BusinessDays.EndOf(due), index.AnyUnpublished(start, due));
    }

    /// <summary>Start + N days; a last day that is a rest day moves to the next working day (民法典第二百零三条).</summary>
    public static DeadlineAnswer CalendarDaysDue(CalendarIndex index, DateOnly start, int calendarDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(calendarDays);
        var lastDay = start.AddDays(calendarDays);
        var due = index.DueAfterWorkingDays(lastDay, 0);
        return new DeadlineAnswer(due, BusinessDays.EndOf(due), index.AnyUnpublished(lastDay, due));
    }

    /// <summary>Natural hours: plain instant arithmetic, independent of the calendar.</summary>
    public static DeadlineAnswer HoursDue(DateTimeOffset start, int hours)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hours);
        var due = start.AddHours(hours);
        return new DeadlineAnswer(BusinessTime.DateOf(due), due, false);
    }

    public static int WorkingDaysElapsed(CalendarIndex index, DateTimeOffset from, DateTimeOffset to, IReadOnlyList<Suspension> suspensions)
    {
        var first = BusinessTime.DateOf(from);
        var last = BusinessTime.DateOf(to);
        if (last <= first) return 0;
        var elapsed = index.WorkingDaysAfter(first, last);
        var covered = first;
        foreach (var suspension in suspensions.OrderBy(s => s.From))
        {
            var pauseFrom = Max(BusinessTime.DateOf(suspension.From), covered);
            var pauseTo = Min(BusinessTime.DateOf(suspension.To ?? to), last);
            if (pauseTo <= pauseFrom) continue;
            elapsed -= index.WorkingDaysAfter(pauseFrom, pauseTo);
            covered = pauseTo;
        }

        return elapsed;
    }

    public static int RemainingWorkingDays(CalendarIndex index, DeadlineAnswer deadline, DateTimeOffset at) =>
        index.WorkingDaysAfter(BusinessTime.DateOf(at), deadline.Due);

    public static WarningLevel WarningAt(CalendarIndex index, DeadlineAnswer deadline, DateTimeOffset at, int yellowWorkingDays)
    {
        if (at >= deadline.DueInstant) return WarningLevel.Overdue;
        if (BusinessTime.DateOf(at) >= deadline.Due) return WarningLevel.Red;
        return RemainingWorkingDays(index, deadline, at) <= yellowWorkingDays ? WarningLevel.Yellow : WarningLevel.Normal;
    }

    public static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    public static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}

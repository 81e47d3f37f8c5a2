using Platform.Calendar.Calendars;
using Platform.Calendar.Contracts;
using Platform.Kernel.Time;

namespace Platform.Calendar.Deadlines;

/// <summary>
/// The due date of a time limit with its suspensions and extensions. Each suspension hands back
/// the days (or hours) it covered: what was used before it stays used, the rest counts again from
/// the day after it ended. A suspension that begins after the limit ran out changes nothing.
/// Extensions add working days after the due date. Constant time per suspension.
/// </summary>
internal static class DeadlineSchedule
{
    public static DeadlineAnswer Compute(CalendarIndex index, DateTimeOffset startedAt, TimeLimit limit,
        IReadOnlyList<Suspension> suspensions, int extensionWorkingDays)
    {
        var ordered = suspensions.OrderBy(s => s.From).ToList();
        var answer = limit.Unit == TimeLimitUnit.Hours
            ? HoursWithSuspensions(startedAt, limit.Amount, ordered)
            : DaysWithSuspensions(index, BusinessTime.DateOf(startedAt), limit, ordered);
        if (extensionWorkingDays == 0) return answer;
        var due = index.DueAfterWorkingDays(answer.Due, extensionWorkingDays);
        return new DeadlineAnswer(due, BusinessDays.EndOf(due), answer.Provisional || index.AnyUnpublished(answer.Due, due));
    }

    private static DeadlineAnswer DaysWithSuspensions(CalendarIndex index, DateOnly start, TimeLimit limit, List<Suspension> suspensions)
    {
        var workingDays = limit.Unit == TimeLimitUnit.WorkingDays;
        var remaining = limit.Amount;
        var cursor = start;
        foreach (var suspension in suspensions)
        {
            var to = BusinessTime.DateOf(suspension.To ?? suspension.From);
            if (to <= cursor) continue;
            var from = DeadlineArithmetic.Max(BusinessTime.DateOf(suspension.From), cursor);
            var used = workingDays ? index.WorkingDaysAfter(cursor, from) : from.DayNumber - cursor.DayNumber;
            if (used > remaining) break;
            remaining -= used;
            cursor = to;
        }

        if (!workingDays) return DeadlineArithmetic.CalendarDaysDue(index, cursor, remaining);
        var answer = DeadlineArithmetic.WorkingDaysDue(index, cursor, remaining);
        return answer with { Provisional = index.AnyUnpublished(start, answer.Due) };
    }

    private static DeadlineAnswer HoursWithSuspensions(DateTimeOffset startedAt, int hours, List<Suspension> suspensions)
    {
        var remaining = TimeSpan.FromHours(hours);
        var cursor = startedAt;
        foreach (var suspension in suspensions)
        {
            var to = suspension.To ?? suspension.From;
            if (to <= cursor) continue;
            var from = suspension.From > cursor ? suspension.From : cursor;
            var used = from - cursor;
            if (used > remaining) break;
            remaining -= used;
            cursor = to;
        }

        var due = cursor + remaining;
        return new DeadlineAnswer(BusinessTime.DateOf(due), due, false);
    }
}

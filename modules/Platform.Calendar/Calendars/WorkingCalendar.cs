using Platform.Calendar.Contracts;

namespace Platform.Calendar.Calendars;

/// <summary>The public face of one <see cref="CalendarIndex"/>.</summary>
internal sealed class WorkingCalendar(CalendarIndex index, string? regionCode, CalendarOptions options) : IWorkingCalendar
{
    public CalendarIndex Index => index;

    public string? RegionCode => regionCode;

    public bool IsWorkingDay(DateOnly date) => index.IsWorkingDay(date);

    public DeadlineAnswer Due(DateOnly start, TimeLimit limit) => DeadlineArithmetic.Due(index, start, limit);

    public DeadlineAnswer Due(DateTimeOffset start, TimeLimit limit) => DeadlineArithmetic.Due(index, start, limit);

    public int WorkingDaysElapsed(DateTimeOffset from, DateTimeOffset to) =>
        DeadlineArithmetic.WorkingDaysElapsed(index, from, to, []);

    public int WorkingDaysElapsed(DateTimeOffset from, DateTimeOffset to, IReadOnlyList<Suspension> suspensions) =>
        DeadlineArithmetic.WorkingDaysElapsed(index, from, to, suspensions);

    public int RemainingWorkingDays(DeadlineAnswer deadline, DateTimeOffset at) =>
        DeadlineArithmetic.RemainingWorkingDays(index, deadline, at);

    public WarningLevel WarningAt(DeadlineAnswer deadline, DateTimeOffset at) =>
        DeadlineArithmetic.WarningAt(index, deadline, at, options.YellowWorkingDays);
}

namespace Platform.Calendar.Contracts;

/// <summary>
/// Deadline arithmetic on one calendar (national, or a region's with its overrides). Every
/// question is answered in constant time. A start day never counts, as Chinese law counts periods.
/// </summary>
public interface IWorkingCalendar
{
    /// <summary>The region whose overrides apply, or null for the national calendar.</summary>
    string? RegionCode { get; }

    bool IsWorkingDay(DateOnly date);

    /// <summary>
    /// Working days: the N-th working day after <paramref name="start"/> (N = 0: that day if it is a
    /// working day, else the next one). Calendar days: start + N, moved to the next working day when it
    /// falls on a rest day (民法典第二百零三条). Hours: 00:00 of the start date + N hours.
    /// </summary>
    DeadlineAnswer Due(DateOnly start, TimeLimit limit);

    /// <summary>As <see cref="Due(DateOnly, TimeLimit)"/>, from an instant; day limits count from its business date.</summary>
    DeadlineAnswer Due(DateTimeOffset start, TimeLimit limit);

    /// <summary>Working days after the business date of <paramref name="from"/> up to and including that of <paramref name="to"/>.</summary>
    int WorkingDaysElapsed(DateTimeOffset from, DateTimeOffset to);

    /// <summary>As <see cref="WorkingDaysElapsed(DateTimeOffset, DateTimeOffset)"/>, without the working days inside the suspensions.</summary>
    int WorkingDaysElapsed(DateTimeOffset from, DateTimeOffset to, IReadOnlyList<Suspension> suspensions);

    /// <summary>Working days after <paramref name="at"/>'s business date up to the due date; negative once overdue.</summary>
    int RemainingWorkingDays(DeadlineAnswer deadline, DateTimeOffset at);

    /// <summary>Red on the due date, yellow when at most the configured working days remain, overdue after.</summary>
    WarningLevel WarningAt(DeadlineAnswer deadline, DateTimeOffset at);
}

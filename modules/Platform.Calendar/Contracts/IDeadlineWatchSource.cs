namespace Platform.Calendar.Contracts;

/// <summary>
/// The open deadlines a watch must look at now: running (not suspended, not closed) and yellow, red or
/// overdue at <c>at</c> on their region's calendar. Pages by deadline id over an index on the due date,
/// so a watch over millions of deadlines reads only those near or past their due date.
/// </summary>
public interface IDeadlineWatchSource
{
    /// <param name="after">The <see cref="DeadlineWatchPage.Next"/> of the previous page, or null for the first.</param>
    Task<DeadlineWatchPage> WarnedAsync(DateTimeOffset at, Guid? after, int pageSize, CancellationToken cancellationToken);
}

/// <summary>
/// One page of warned deadlines. <see cref="Next"/> is null on the last page; a page may hold fewer
/// items than asked (deadlines still normal are skipped) and still have a next one.
/// </summary>
public sealed record DeadlineWatchPage(IReadOnlyList<WarnedDeadline> Items, Guid? Next);

/// <summary>An open deadline past its yellow threshold, with the level the calendar gives it now.</summary>
public sealed record WarnedDeadline(
    Guid DeadlineId,
    string RegionCode,
    string SubjectType,
    string SubjectId,
    DeadlineAnswer Due,
    int RemainingWorkingDays,
    WarningLevel Warning);

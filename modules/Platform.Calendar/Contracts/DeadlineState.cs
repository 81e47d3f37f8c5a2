namespace Platform.Calendar.Contracts;

/// <summary>
/// A deadline as it stands. While suspended, <see cref="Due"/> is the due date if the clock ran again
/// today. <see cref="RemainingWorkingDays"/> and <see cref="Warning"/> are taken now, or when it closed.
/// </summary>
public sealed record DeadlineState(
    Guid Id,
    string RegionCode,
    string SubjectType,
    string SubjectId,
    DateTimeOffset StartedAt,
    TimeLimit Limit,
    int ExtensionWorkingDays,
    DeadlineStatus Status,
    DeadlineAnswer Due,
    int RemainingWorkingDays,
    WarningLevel Warning,
    DateTimeOffset? ClosedAt);

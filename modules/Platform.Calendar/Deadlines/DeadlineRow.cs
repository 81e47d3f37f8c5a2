using Platform.Calendar.Contracts;

namespace Platform.Calendar.Deadlines;

/// <summary>A row of <c>calendar.deadlines</c> with what the schedule needs.</summary>
internal sealed record DeadlineRow(
    Guid Id,
    string RegionCode,
    string SubjectType,
    string SubjectId,
    DateTimeOffset StartedAt,
    TimeLimit Limit,
    int ExtensionWorkingDays,
    DateTimeOffset? SuspendedSince,
    DateTimeOffset? ClosedAt);

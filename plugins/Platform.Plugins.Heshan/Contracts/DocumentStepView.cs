namespace Platform.Plugins.Heshan.Contracts;

/// <summary>
/// One step of a document's route: a department's opinion (Opinion), the leader sign-off (SignOff) or the
/// hand-down for action (Action). A step not yet reached has no deadline.
/// </summary>
public sealed record DocumentStepView(
    Guid Id,
    string Stage,
    int Ordinal,
    string UnitCode,
    string UnitName,
    int LimitWorkingDays,
    DateTimeOffset? OpenedAt,
    DateTimeOffset? CompletedAt,
    string? CompletedByName,
    bool? Agrees,
    string? Opinion,
    string? SealReference,
    DeadlineView? Deadline);

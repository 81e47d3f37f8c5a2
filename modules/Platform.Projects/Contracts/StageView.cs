namespace Platform.Projects.Contracts;

/// <summary>
/// One of the four stages: its template (name, lead unit, window, committed limit, completion rule), where it stands,
/// its deadline with its colour, its parallel matters and its joint reviews. A stage not yet filed shows its template and no dates.
/// </summary>
public sealed record StageView(
    int Ordinal,
    string Name,
    string LeadUnitCode,
    string WindowUnitCode,
    int CommittedWorkingDays,
    string CompletionRule,
    string State,
    string StateName,
    DateTimeOffset? FiledAt,
    DateTimeOffset? AcceptedAt,
    DateTimeOffset? CompletedAt,
    DateOnly? DueDate,
    string Warning,
    int? UsedWorkingDays,
    IReadOnlyList<StageMemberView> Members,
    IReadOnlyList<JointReviewView> JointReviews);

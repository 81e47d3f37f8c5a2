namespace Platform.Plugins.Heshan.Contracts;

/// <summary>
/// An admission request (项目准入) with its one form: the shared materials, each department's row with its
/// deadline, the score as it stands, the conclusion and where the result was pushed.
/// <see cref="State"/> is Collecting (征求意见) or Concluded (已出具结论).
/// </summary>
public sealed record AdmissionView(
    Guid Id,
    string Number,
    string ProjectName,
    string Investor,
    decimal Investment,
    decimal LandArea,
    string Industry,
    string FilingUnit,
    string FilingUnitName,
    DateTimeOffset FiledAt,
    DeadlineView Deadline,
    string State,
    int Version,
    IReadOnlyList<AdmissionMaterialView> Materials,
    IReadOnlyList<AdmissionOpinionView> Opinions,
    AdmissionScore Score,
    string? Conclusion,
    DateTimeOffset? ConcludedAt,
    string? SealReference,
    IReadOnlyList<AdmissionPushView> Pushes);

public sealed record AdmissionMaterialView(string Name, Guid? FileId);

/// <summary>
/// A department's row: answered or not, its opinion, scores and e-seal. <see cref="DeadlineView.Late"/> on its
/// registry deadline says whether it is late: still missing after the due date, or answered after it.
/// </summary>
public sealed record AdmissionOpinionView(string UnitCode, string UnitName, DeadlineView Deadline, DateTimeOffset? AnsweredAt, string? AnsweredByName,
    bool? Agrees, string? Opinion, IReadOnlyDictionary<string, decimal>? Scores, string? SealReference);

/// <summary>A recorded push of the result: to the admission leading group, 自然资源局 or the filing town.</summary>
public sealed record AdmissionPushView(string Target, string TargetName, DateTimeOffset PushedAt);

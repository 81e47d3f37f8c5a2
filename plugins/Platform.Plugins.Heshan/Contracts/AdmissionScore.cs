namespace Platform.Plugins.Heshan.Contracts;

/// <summary>
/// The admission score computed from the departments' entries: the weighted total (a missing department's
/// criteria count 0), whether it reaches the pass line, who has not answered, and who vetoed by disagreeing.
/// </summary>
public sealed record AdmissionScore(decimal Total, decimal PassLine, bool Passed, IReadOnlyList<CriterionScore> Criteria,
    IReadOnlyList<string> MissingUnits, IReadOnlyList<string> VetoingUnits);

/// <summary>One criterion's entry: the department's 0–100 score (null when missing) and its weighted points.</summary>
public sealed record CriterionScore(string Code, string Name, string Unit, decimal Weight, decimal? Score, decimal Points);

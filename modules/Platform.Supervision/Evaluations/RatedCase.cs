namespace Platform.Supervision.Evaluations;

/// <summary>The case a rating is about, as the evaluation and its rectification record it.</summary>
internal sealed record RatedCase(Guid CaseId, string CaseNumber, string RegionCode, string MatterCode, string UnitCode, string ApplicantId);

namespace Platform.Projects.Simulated;

/// <summary>A department's pre-review opinion (pass or fail) on one matter of the first three stages.</summary>
internal sealed record PreReviewRow(Guid ProjectId, string MatterCode, int Ordinal, string UnitCode, string Verdict, string Text, string ReviewerId,
    string ReviewerName, DateTime RecordedAt);

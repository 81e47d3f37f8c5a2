namespace Platform.Projects.Contracts;

/// <summary>One participating unit's opinion.</summary>
public sealed record JointReviewOpinionView(string UnitCode, string Verdict, string VerdictName, string Text, string ReviewerName, DateTimeOffset RecordedAt);

namespace Platform.Projects.JointReviews;

/// <summary>The staff member recording a unit's opinion: who, and for which participating unit.</summary>
internal sealed record Reviewer(string Id, string Name, string UnitCode);

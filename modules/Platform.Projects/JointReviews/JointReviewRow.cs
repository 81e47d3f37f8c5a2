namespace Platform.Projects.JointReviews;

internal sealed record JointReviewRow(Guid Id, Guid ProjectId, int Ordinal, string Kind, string Name, string[] Units, int CommittedDays, DateTime OpenedAt,
    Guid DeadlineId, DateTime? ConcludedAt, string? Conclusion, int Version);

namespace Platform.Projects.JointReviews;

internal sealed record OpinionRow(Guid ReviewId, string UnitCode, string Verdict, string Text, string ReviewerName, DateTime RecordedAt);

namespace Platform.Supervision.Contracts;

/// <summary>An applicant's rating: <see cref="Level"/> 1 (非常满意) to 5 (非常不满意); dimensions optional, each 1–5.</summary>
public sealed record RatingRequest(int Level, IReadOnlyDictionary<string, int>? Dimensions, string? Comment);

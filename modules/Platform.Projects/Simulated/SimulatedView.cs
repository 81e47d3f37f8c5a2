namespace Platform.Projects.Simulated;

/// <summary>A project's simulated approval as the API answers it: the held filing (null before it starts) and the pre-review opinions.</summary>
internal sealed record SimulatedView(SimulatedRow? Filing, IReadOnlyList<PreReviewRow> PreReviews);

namespace Platform.Projects.Intermediaries;

/// <summary>A listed intermediary firm with what applicants made of it: average rating (1–5), number of ratings, services past their time limit.</summary>
internal sealed record FirmStanding(string Code, string Name, string Services, string Qualification, string Contact, decimal? AverageRating,
    long Ratings, long OverdueServices);

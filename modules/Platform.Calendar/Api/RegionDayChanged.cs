namespace Platform.Calendar.Api;

internal sealed record RegionDayChanged(string Region, DateOnly Date, int RecomputedDeadlines);

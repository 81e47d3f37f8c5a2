namespace Platform.Calendar.Contracts;

/// <summary>A deadline to watch: whose it is (for example subject type <c>case</c> and the case id), from when, and how long.</summary>
public sealed record OpenDeadline(string RegionCode, string SubjectType, string SubjectId, DateTimeOffset StartedAt, TimeLimit Limit);

namespace Platform.Calendar.Api;

/// <summary>The body of adding a region day: <c>{"date":"2026-10-09","kind":"rest","name":"地方节日"}</c>.</summary>
internal sealed record RegionDayRequest(string? Date, string? Kind, string? Name);

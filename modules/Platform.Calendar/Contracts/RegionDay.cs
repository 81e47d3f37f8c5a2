namespace Platform.Calendar.Contracts;

/// <summary>One day a region counts differently from the national calendar, with the reason shown to people.</summary>
public sealed record RegionDay(DateOnly Date, RegionDayKind Kind, string Name);

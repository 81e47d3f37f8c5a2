namespace Platform.Cases.Domain;

/// <summary>Who takes a step: a person, in a unit of a region (applicants have no unit).</summary>
internal sealed record Actor(string Id, string Name, string RegionCode, string? UnitCode);

namespace Platform.Cases.Contracts;

/// <summary>Who takes a step on a case: a person, in a unit of a region (applicants have no unit).</summary>
public sealed record CaseActor(string Id, string Name, string RegionCode, string? UnitCode);

namespace Platform.Identity.Organisation;

/// <summary>What the admin API accepts to create or edit a unit; the code and region are fixed once created.</summary>
internal sealed record UnitInput(string? RegionCode, string? Code, string? Name, string? Kind, Guid? ParentId);

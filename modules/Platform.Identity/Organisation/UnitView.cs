namespace Platform.Identity.Organisation;

internal sealed record UnitView(Guid Id, string RegionCode, string Code, string Name, string Kind, Guid? ParentId, string? ParentName);

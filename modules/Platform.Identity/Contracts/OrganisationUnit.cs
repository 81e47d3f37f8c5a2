namespace Platform.Identity.Contracts;

public sealed record OrganisationUnit(Guid Id, string RegionCode, string Code, string Name, UnitKind Kind, Guid? ParentId);

public sealed record Region(string Code, string Name, string? ParentCode);

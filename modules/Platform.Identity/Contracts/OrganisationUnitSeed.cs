namespace Platform.Identity.Contracts;

/// <summary>A unit as a plugin ships it: its code within the region, its name, its kind, and the units under it.</summary>
public sealed class OrganisationUnitSeed
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public UnitKind Kind { get; set; } = UnitKind.Bureau;
    public List<OrganisationUnitSeed> Children { get; set; } = [];
}

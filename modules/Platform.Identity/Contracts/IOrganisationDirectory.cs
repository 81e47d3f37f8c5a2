namespace Platform.Identity.Contracts;

/// <summary>Regions and their organisation trees.</summary>
public interface IOrganisationDirectory
{
    /// <summary>Adds the units a plugin ships that the region does not have yet; never changes existing ones.</summary>
    Task SeedUnitsAsync(string regionCode, IReadOnlyList<OrganisationUnitSeed> roots, CancellationToken cancellationToken);

    Task<IReadOnlyList<Region>> RegionsAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<OrganisationUnit>> UnitsAsync(string regionCode, CancellationToken cancellationToken);

    Task<OrganisationUnit?> FindUnitAsync(string regionCode, string code, CancellationToken cancellationToken);

    /// <summary>
    /// The code of the region's unit with this id (a staff user's unit, as their token names it), or null when the region
    /// has none. A unit's code is fixed when it is created and units are never removed, so a host asks once per unit.
    /// </summary>
    Task<string?> UnitCodeAsync(string regionCode, Guid unitId, CancellationToken cancellationToken);
}

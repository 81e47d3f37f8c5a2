namespace Platform.Identity.Contracts;

/// <summary>Regions and their organisation trees.</summary>
public interface IOrganisationDirectory
{
    /// <summary>Adds the units a plugin ships that the region does not have yet; never changes existing ones.</summary>
    Task SeedUnitsAsync(string regionCode, IReadOnlyList<OrganisationUnitSeed> roots, CancellationToken cancellationToken);

    Task<IReadOnlyList<Region>> RegionsAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<OrganisationUnit>> UnitsAsync(string regionCode, CancellationToken cancellationToken);

    Task<OrganisationUnit?> FindUnitAsync(string regionCode, string code, CancellationToken cancellationToken);
}

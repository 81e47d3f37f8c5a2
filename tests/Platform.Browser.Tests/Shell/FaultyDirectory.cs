using Platform.Identity.Contracts;

namespace Platform.Browser.Tests.Shell;

/// <summary>The real directory, except that the units of region <see cref="BrokenRegion"/> fail: a page that lists them answers 500.</summary>
public sealed class FaultyDirectory(IOrganisationDirectory inner) : IOrganisationDirectory
{
    public const string BrokenRegion = "000000";

    public Task SeedUnitsAsync(string regionCode, IReadOnlyList<OrganisationUnitSeed> roots, CancellationToken cancellationToken) =>
        inner.SeedUnitsAsync(regionCode, roots, cancellationToken);

    public Task<IReadOnlyList<Region>> RegionsAsync(CancellationToken cancellationToken) => inner.RegionsAsync(cancellationToken);

    public Task<IReadOnlyList<OrganisationUnit>> UnitsAsync(string regionCode, CancellationToken cancellationToken) =>
        regionCode == BrokenRegion
            ? throw new InvalidOperationException("The directory failed (test fault).")
            : inner.UnitsAsync(regionCode, cancellationToken);

    public Task<OrganisationUnit?> FindUnitAsync(string regionCode, string code, CancellationToken cancellationToken) =>
        inner.FindUnitAsync(regionCode, code, cancellationToken);

    public Task<string?> UnitCodeAsync(string regionCode, Guid unitId, CancellationToken cancellationToken) =>
        inner.UnitCodeAsync(regionCode, unitId, cancellationToken);
}

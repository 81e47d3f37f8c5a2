using Microsoft.AspNetCore.Http;
using Platform.Identity.Contracts;

namespace Platform.Browser.Tests.Shell;

/// <summary>
/// The real directory, except that listing a region's units fails for a request carrying the header
/// <see cref="FaultHeader"/>: a page that lists them then answers 500, while every other request is served as usual.
/// </summary>
public sealed class FaultyDirectory(IOrganisationDirectory inner, IHttpContextAccessor http) : IOrganisationDirectory
{
    public const string FaultHeader = "X-Test-Fault";

    public Task SeedUnitsAsync(string regionCode, IReadOnlyList<OrganisationUnitSeed> roots, CancellationToken cancellationToken) =>
        inner.SeedUnitsAsync(regionCode, roots, cancellationToken);

    public Task<IReadOnlyList<Region>> RegionsAsync(CancellationToken cancellationToken) => inner.RegionsAsync(cancellationToken);

    public Task<IReadOnlyList<OrganisationUnit>> UnitsAsync(string regionCode, CancellationToken cancellationToken) =>
        http.HttpContext?.Request.Headers.ContainsKey(FaultHeader) == true
            ? throw new InvalidOperationException("The directory failed (test fault).")
            : inner.UnitsAsync(regionCode, cancellationToken);

    public Task<OrganisationUnit?> FindUnitAsync(string regionCode, string code, CancellationToken cancellationToken) =>
        inner.FindUnitAsync(regionCode, code, cancellationToken);

    public Task<string?> UnitCodeAsync(string regionCode, Guid unitId, CancellationToken cancellationToken) =>
        inner.UnitCodeAsync(regionCode, unitId, cancellationToken);
}

using Platform.Identity.Contracts;

namespace Platform.Catalogue.Versions;

/// <summary>The organisation unit codes of a region, the implementing bodies a matter may name.</summary>
internal sealed class UnitCodes(IOrganisationDirectory directory)
{
    public async Task<IReadOnlySet<string>> OfAsync(string regionCode, CancellationToken cancellationToken) =>
        (await directory.UnitsAsync(regionCode, cancellationToken)).Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
}

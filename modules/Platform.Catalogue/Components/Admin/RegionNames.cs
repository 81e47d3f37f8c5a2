using Platform.Identity.Contracts;

namespace Platform.Catalogue.Components.Admin;

/// <summary>A region's name for the admin pages' titles (鹤山市, not 440784).</summary>
internal static class RegionNames
{
    public static async Task<string> OfAsync(IOrganisationDirectory directory, string regionCode, CancellationToken cancellationToken) =>
        (await directory.RegionsAsync(cancellationToken)).FirstOrDefault(r => r.Code == regionCode)?.Name ?? regionCode;
}

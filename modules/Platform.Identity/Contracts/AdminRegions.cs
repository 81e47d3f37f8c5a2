namespace Platform.Identity.Contracts;

/// <summary>
/// The region an admin page opens on: the one asked for (its path or <c>?region=</c>), else the admin's own, else (for the
/// platform admin, of no region) the first region of the directory; <see cref="RegionTabs"/> then offers the others.
/// </summary>
public static class AdminRegions
{
    public static async Task<string> OpenAsync(string? requested, ICurrentActor actor, IOrganisationDirectory directory,
        CancellationToken cancellationToken) =>
        !string.IsNullOrWhiteSpace(requested) ? requested
        : actor.RegionCode ?? (await directory.RegionsAsync(cancellationToken)).FirstOrDefault()?.Code ?? "";
}

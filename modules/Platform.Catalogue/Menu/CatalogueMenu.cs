using Platform.Identity.Contracts;

namespace Platform.Catalogue.Menu;

/// <summary>
/// The window clerk's 窗口收件 (the region's catalogue, where the clerk picks the matter to take in) and the region admin's
/// catalogue editor, which is the admin's landing page (the platform admin's opens on the first region, with a tab for each).
/// </summary>
internal sealed class CatalogueMenu : IMenuContributor
{
    public IEnumerable<MenuItem> ItemsFor(ICurrentActor actor)
    {
        if (actor.IsInRole(Role.PlatformAdmin)) yield return new MenuItem("事项目录管理", "/admin/matters", 5);
        if (actor.RegionCode is not { } region) yield break;
        if (actor.IsInRole(Role.WindowClerk)) yield return new MenuItem("窗口收件", $"/regions/{region}/matters", 11);
        if (actor.IsInRole(Role.RegionAdmin)) yield return new MenuItem("事项目录管理", $"/admin/regions/{region}/matters", 5, Landing: true);
    }
}

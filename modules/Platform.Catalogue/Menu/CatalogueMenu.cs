using Platform.Identity.Contracts;

namespace Platform.Catalogue.Menu;

/// <summary>The admin's own region's catalogue: matters, drafts, publication and import.</summary>
internal sealed class CatalogueMenu : IMenuContributor
{
    public IEnumerable<MenuItem> ItemsFor(ICurrentActor actor)
    {
        if (actor.IsInRole(Role.RegionAdmin) && actor.RegionCode is { } region)
            yield return new MenuItem("事项目录管理", $"/admin/regions/{region}/matters", 890);
    }
}

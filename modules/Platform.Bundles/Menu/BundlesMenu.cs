using Platform.Identity.Contracts;

namespace Platform.Bundles.Menu;

/// <summary>Menu entries: the bundle list for visitors, applicants and windows, bundle cases for staff, bundle admin for region admins (the platform admin's opens on the first region, with a tab for each).</summary>
internal sealed class BundlesMenu : IMenuContributor
{
    public IEnumerable<MenuItem> ItemsFor(ICurrentActor actor)
    {
        if (!actor.IsAuthenticated || actor.IsInRole(Role.Applicant) || actor.IsInRole(Role.WindowClerk))
            yield return new MenuItem("一件事一次办", actor.RegionCode is { } own ? $"/bundles?region={own}" : "/bundles", 15);
        if (actor.IsInRole(Role.Applicant)) yield return new MenuItem("我的一件事", "/bundle-cases", 16);
        else if (actor.RegionCode is not null) yield return new MenuItem("一件事办件", "/bundle-cases", 16);
        if (actor.IsInRole(Role.RegionAdmin) && actor.RegionCode is { } region) yield return new MenuItem("一件事管理", $"/admin/bundles/{region}", 60);
        else if (actor.IsInRole(Role.PlatformAdmin)) yield return new MenuItem("一件事管理", "/admin/bundles", 60);
    }
}

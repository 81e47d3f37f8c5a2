using Platform.Identity.Contracts;

namespace Platform.Identity.Menu;

/// <summary>The identity module's menu entries: unit and user administration for admins.</summary>
internal sealed class IdentityMenu : IMenuContributor
{
    public IEnumerable<MenuItem> ItemsFor(ICurrentActor actor)
    {
        if (!actor.IsInRole(Role.RegionAdmin) && !actor.IsInRole(Role.PlatformAdmin)) yield break;
        yield return new MenuItem("组织机构", "/admin/units", 900);
        yield return new MenuItem("用户管理", "/admin/users", 910);
    }
}

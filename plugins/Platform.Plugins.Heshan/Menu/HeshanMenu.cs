using Platform.Identity.Contracts;

namespace Platform.Plugins.Heshan.Menu;

/// <summary>鹤山's menu entries for 鹤山 staff.</summary>
internal sealed class HeshanMenu : IMenuContributor
{
    public IEnumerable<MenuItem> ItemsFor(ICurrentActor actor)
    {
        if (actor.IsInRole(Role.Applicant) || (actor.RegionCode != HeshanModule.RegionCode && !actor.IsInRole(Role.PlatformAdmin))) yield break;
        yield return new MenuItem("一文直办", "/heshan/documents", 50);
    }
}

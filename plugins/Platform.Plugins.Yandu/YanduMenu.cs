using Platform.Identity.Contracts;

namespace Platform.Plugins.Yandu;

/// <summary>The 盐都 public pages in the left menu, for 盐都 users and applicants.</summary>
internal sealed class YanduMenu : IMenuContributor
{
    public IEnumerable<MenuItem> ItemsFor(ICurrentActor actor)
    {
        if (actor.RegionCode is not (null or YanduModule.RegionCode)) yield break;
        yield return new MenuItem("盐都不见面审批清单", "/yandu/no-face", 30);
        yield return new MenuItem("盐都双随机抽查公示", "/yandu/inspections", 31);
        yield return new MenuItem("盐都网上办理率", "/yandu/online-rate", 32);
    }
}

using Platform.Identity.Contracts;

namespace Platform.Plugins.Yandu;

/// <summary>
/// The 盐都 lists in the left menu, for the people of 盐都 who work with them: its staff, and enterprise applicants registered in
/// 盐都 (the credit code carries the division code). Visitors' menus keep the public home's three entries; the lists stay public pages.
/// </summary>
internal sealed class YanduMenu : IMenuContributor
{
    public IEnumerable<MenuItem> ItemsFor(ICurrentActor actor)
    {
        var ofYandu = actor.IsInRole(Role.Applicant)
            ? actor.EnterpriseId is { Length: 18 } code && code.Substring(2, 6) == YanduModule.RegionCode
            : actor.RegionCode == YanduModule.RegionCode;
        if (!actor.IsAuthenticated || !ofYandu) yield break;
        yield return new MenuItem("盐都不见面审批清单", "/yandu/no-face", 30);
        yield return new MenuItem("盐都双随机抽查公示", "/yandu/inspections", 31);
        yield return new MenuItem("盐都网上办理率", "/yandu/online-rate", 32);
    }
}

using Platform.Identity.Contracts;
using Platform.Plugins.Heshan.Shared;

namespace Platform.Plugins.Heshan.Menu;

/// <summary>
/// 鹤山's menu entries: the programme's pages for the 鹤山 staff whose work they are (<see cref="HeshanAccess.UsesProgramme"/>: not
/// the window clerk nor park staff, to whom the pages answer 403), and the policy calculator for an enterprise
/// applicant registered in 鹤山 (its credit code carries the region's division code).
/// </summary>
internal sealed class HeshanMenu : IMenuContributor
{
    public IEnumerable<MenuItem> ItemsFor(ICurrentActor actor)
    {
        if (actor.IsInRole(Role.Applicant))
        {
            if (actor.EnterpriseId is { Length: 18 } code && code.Substring(2, 6) == HeshanModule.RegionCode)
                yield return new MenuItem("政策兑现计算器", "/heshan/calculator", 53);
            yield break;
        }

        if (!HeshanAccess.UsesProgramme(actor) || (actor.RegionCode != HeshanModule.RegionCode && !actor.IsInRole(Role.PlatformAdmin))) yield break;
        yield return new MenuItem("一文直办", "/heshan/documents", 50);
        yield return new MenuItem("项目准入", "/heshan/admissions", 51);
        yield return new MenuItem("重点项目月报", "/heshan/key-projects/report", 52);
        yield return new MenuItem("政策兑现计算器", "/heshan/calculator", 53);
    }
}

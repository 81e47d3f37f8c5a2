using Platform.Identity.Contracts;

namespace Platform.Projects.Menu;

/// <summary>The project list for enterprise applicants and the region's staff; the intermediary-service list for everyone in a region; the red/black list and the zones' regional assessments for region admins (the platform admin's open on the first region, with a tab for each).</summary>
internal sealed class ProjectsMenu : IMenuContributor
{
    public IEnumerable<MenuItem> ItemsFor(ICurrentActor actor)
    {
        if (actor.EnterpriseId is not null || (actor.RegionCode is not null && !actor.IsInRole(Role.Applicant)))
            yield return new MenuItem("工程建设项目", "/projects", 69);
        if (actor.RegionCode is { } region) yield return new MenuItem("中介服务名录", $"/projects/{region}/intermediaries", 70);
        if (actor.RegionCode is { } admin && actor.IsInRole(Role.RegionAdmin))
        {
            yield return new MenuItem("红黑名单管理", $"/admin/regions/{admin}/credit-list", 71);
            yield return new MenuItem("区域评估成果", $"/admin/regions/{admin}/zone-assessments", 72);
        }
        else if (actor.IsInRole(Role.PlatformAdmin))
        {
            yield return new MenuItem("红黑名单管理", "/admin/credit-list", 71);
            yield return new MenuItem("区域评估成果", "/admin/zone-assessments", 72);
        }
    }
}

using Platform.Identity.Contracts;

namespace Platform.Empowerment.Menu;

/// <summary>The park workbench for park staff; the published park lists for everyone in a region with a park.</summary>
internal sealed class EmpowermentMenu : IMenuContributor
{
    public IEnumerable<MenuItem> ItemsFor(ICurrentActor actor)
    {
        if (actor.IsInRole(Role.ParkCommitteeStaff) || actor.IsInRole(Role.RegionAdmin) || actor.IsInRole(Role.DepartmentLeader))
            yield return new MenuItem("园区工作台", "/park/workbench", 15);
        if (actor.RegionCode is { } region) yield return new MenuItem("园区清单", $"/park/{region}/lists", 60);
    }
}

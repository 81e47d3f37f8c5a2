using Platform.Empowerment.Routing;
using Platform.Identity.Contracts;

namespace Platform.Empowerment.Menu;

/// <summary>
/// Only where the region runs a park programme: the park workbench (the park staff's landing page) for park staff, department
/// leaders and region admins, and the published park lists for everyone in the region.
/// </summary>
internal sealed class EmpowermentMenu(RegionProgrammes programmes) : IMenuContributor
{
    public async ValueTask<IEnumerable<MenuItem>> ItemsForAsync(ICurrentActor actor, CancellationToken cancellationToken)
    {
        if (actor.RegionCode is not { } region || await programmes.OfAsync(region, cancellationToken) is null) return [];
        var items = new List<MenuItem>();
        if (actor.IsInRole(Role.ParkCommitteeStaff) || actor.IsInRole(Role.RegionAdmin) || actor.IsInRole(Role.DepartmentLeader))
            items.Add(new MenuItem("园区工作台", "/park/workbench", 9, Landing: actor.IsInRole(Role.ParkCommitteeStaff)));
        items.Add(new MenuItem("园区清单", $"/park/{region}/lists", 60));
        return items;
    }
}

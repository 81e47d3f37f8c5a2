using Platform.Identity.Contracts;

namespace Platform.Cases.Menu;

/// <summary>
/// The cases module's menu entries: the queue for staff and my cases for applicants (each their landing page), a unit's pending
/// commitment verifications for reviewers and leaders, tracking for
/// everyone, visitors included.
/// </summary>
internal sealed class CasesMenu : IMenuContributor
{
    public IEnumerable<MenuItem> ItemsFor(ICurrentActor actor)
    {
        if (actor.IsInRole(Role.Applicant)) yield return new MenuItem("我的办件", "/my/cases", 10, Landing: true);
        if (actor.Roles.Any(r => r is Role.WindowClerk or Role.DepartmentReviewer or Role.DepartmentLeader or Role.ParkCommitteeStaff))
            yield return new MenuItem(actor.IsInRole(Role.WindowClerk) ? "受理队列" : "待办队列", "/cases/queue", 10, Landing: true);
        if (actor.Roles.Any(r => r is Role.DepartmentReviewer or Role.DepartmentLeader))
            yield return new MenuItem("告知承诺核查", "/cases/verifications", 11);
        yield return new MenuItem("办件查询", "/track", 20);
    }
}

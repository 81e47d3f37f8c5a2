using Platform.Identity.Contracts;

namespace Platform.Host.Web.Navigation;

/// <summary>
/// The host's own entries: 办事指南 for visitors, applicants and window clerks, and the deployment overview (the platform
/// admin's landing page).
/// </summary>
internal sealed class HostMenu : IMenuContributor
{
    public IEnumerable<MenuItem> ItemsFor(ICurrentActor actor)
    {
        if (!actor.IsAuthenticated || actor.IsInRole(Role.Applicant) || actor.IsInRole(Role.WindowClerk))
            yield return new MenuItem("办事指南", actor.RegionCode is { } region ? $"/guide?region={region}" : "/guide", 12);
        if (actor.IsInRole(Role.PlatformAdmin)) yield return new MenuItem("部署概览", "/admin/overview", 1, Landing: true);
    }
}

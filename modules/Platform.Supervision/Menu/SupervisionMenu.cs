using Platform.Identity.Contracts;

namespace Platform.Supervision.Menu;

/// <summary>The dashboard (the supervisor's landing page) and monthly report for supervisors; the inbox, orders and rectifications for every staff member; applicants' notices.</summary>
internal sealed class SupervisionMenu : IMenuContributor
{
    public IEnumerable<MenuItem> ItemsFor(ICurrentActor actor)
    {
        if (!actor.IsAuthenticated) yield break;
        if (actor.IsInRole(Role.Applicant))
        {
            yield return new MenuItem("我的消息", "/my/notices", 15);
            yield break;
        }

        if (actor.IsInRole(Role.Supervisor) || actor.IsInRole(Role.PlatformAdmin))
        {
            yield return new MenuItem("监察看板", "/supervision", 5, Landing: actor.IsInRole(Role.Supervisor));
            yield return new MenuItem("月度报告", "/supervision/report", 60);
        }

        yield return new MenuItem("消息", "/supervision/inbox", 50);
        yield return new MenuItem("督办与整改", "/supervision/work", 55);
    }
}

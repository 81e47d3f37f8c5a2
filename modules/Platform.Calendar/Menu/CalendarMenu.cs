using Platform.Identity.Contracts;

namespace Platform.Calendar.Menu;

/// <summary>The working calendar of the admin's own region; the platform admin's opens on the first region, with a tab for each.</summary>
internal sealed class CalendarMenu : IMenuContributor
{
    public IEnumerable<MenuItem> ItemsFor(ICurrentActor actor)
    {
        if (actor.IsInRole(Role.RegionAdmin) && actor.RegionCode is { } region)
            yield return new MenuItem("工作日历", $"/admin/regions/{region}/calendar", 920);
        else if (actor.IsInRole(Role.PlatformAdmin)) yield return new MenuItem("工作日历", "/admin/calendar", 920);
    }
}

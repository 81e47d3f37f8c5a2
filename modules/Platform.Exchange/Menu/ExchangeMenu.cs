using Platform.Identity.Contracts;

namespace Platform.Exchange.Menu;

/// <summary>The exchange reconciliation of the admin's own region; the platform admin's opens on the first region, with a tab for each.</summary>
internal sealed class ExchangeMenu : IMenuContributor
{
    public IEnumerable<MenuItem> ItemsFor(ICurrentActor actor)
    {
        if (actor.IsInRole(Role.RegionAdmin) && actor.RegionCode is { } region)
            yield return new MenuItem("省级数据交换", $"/admin/regions/{region}/exchange", 930);
        else if (actor.IsInRole(Role.PlatformAdmin)) yield return new MenuItem("省级数据交换", "/admin/exchange", 930);
    }
}

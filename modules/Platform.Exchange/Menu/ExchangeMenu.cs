using Platform.Identity.Contracts;

namespace Platform.Exchange.Menu;

/// <summary>The exchange reconciliation of the admin's own region.</summary>
internal sealed class ExchangeMenu : IMenuContributor
{
    public IEnumerable<MenuItem> ItemsFor(ICurrentActor actor)
    {
        if (actor.IsInRole(Role.RegionAdmin) && actor.RegionCode is { } region)
            yield return new MenuItem("省级数据交换", $"/admin/regions/{region}/exchange", 930);
    }
}

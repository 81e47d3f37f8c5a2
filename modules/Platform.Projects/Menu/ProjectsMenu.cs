using Platform.Identity.Contracts;

namespace Platform.Projects.Menu;

/// <summary>The intermediary-service list for everyone in a region.</summary>
internal sealed class ProjectsMenu : IMenuContributor
{
    public IEnumerable<MenuItem> ItemsFor(ICurrentActor actor)
    {
        if (actor.RegionCode is { } region) yield return new MenuItem("中介服务名录", $"/projects/{region}/intermediaries", 70);
    }
}

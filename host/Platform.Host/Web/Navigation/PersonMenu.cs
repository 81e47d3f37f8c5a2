using Platform.Identity.Contracts;

namespace Platform.Host.Web.Navigation;

/// <summary>
/// One person's left menu, composed from every module's and plugin's contributor, and the page they land on: the first
/// entry of their menu that a module marks as their work, or the public home when none is.
/// </summary>
internal sealed class PersonMenu(IEnumerable<IMenuContributor> contributors)
{
    public const string PublicHome = "/";

    public async Task<IReadOnlyList<MenuItem>> ForAsync(ICurrentActor actor, CancellationToken cancellationToken)
    {
        var items = new List<MenuItem>();
        foreach (var contributor in contributors) items.AddRange(await contributor.ItemsForAsync(actor, cancellationToken));
        return items.OrderBy(i => i.Order).ThenBy(i => i.Title, StringComparer.Ordinal).DistinctBy(i => i.Href).ToList();
    }

    public async Task<string> LandingAsync(ICurrentActor actor, CancellationToken cancellationToken) =>
        LandingOf(await ForAsync(actor, cancellationToken));

    public static string LandingOf(IReadOnlyList<MenuItem> menu) => menu.FirstOrDefault(i => i.Landing)?.Href ?? PublicHome;
}

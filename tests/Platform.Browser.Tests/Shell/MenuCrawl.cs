using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Platform.Browser.Tests.Shell;

/// <summary>
/// A person's walk through their menu on a phone (375 px): every menu link, then one step further along each page's
/// breadcrumb and, on an applicant's 我的办件, into their first case and its breadcrumb.
/// </summary>
internal static partial class MenuCrawl
{
    public static async Task<IReadOnlyList<PageVisit>> RunAsync(ShellFixture fixture, DemoPerson person)
    {
        var page = await fixture.PageOfAsync(person, ShellFixture.Phone);
        try
        {
            var visits = new List<PageVisit>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var queue = new Queue<(string Href, string Via, int Depth)>();
            foreach (var href in await HrefsAsync(page, "nav.side-menu a")) queue.Enqueue((href, "menu", 0));
            while (queue.TryDequeue(out var link))
            {
                if (!IsLocalPage(link.Href) || !seen.Add(link.Href)) continue;
                var visit = await VisitAsync(page, person, link.Href, link.Via);
                visits.Add(visit);
                if (link.Depth > 0 || !visit.IsPage) continue;
                foreach (var crumb in await HrefsAsync(page, "nav.breadcrumb a")) queue.Enqueue((crumb, $"breadcrumb of {link.Href}", 1));
                if (person.Applicant)
                    foreach (var caseLink in (await HrefsAsync(page, "main a")).Where(h => CasePage().IsMatch(h)).Take(1))
                        queue.Enqueue((caseLink, $"a case on {link.Href}", 0));
            }

            return visits;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task<PageVisit> VisitAsync(IPage page, DemoPerson person, string href, string via)
    {
        IResponse? response;
        try
        {
            response = await page.GotoAsync(href);
        }
        catch (PlaywrightException error)
        {
            return new PageVisit(person, href, via, 0, error.Message.Split('\n')[0], href, "", 0, 0, "");
        }

        var contentType = response?.Headers.GetValueOrDefault("content-type") ?? "";
        var path = new Uri(page.Url).AbsolutePath;
        if (!contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
            return new PageVisit(person, href, via, response?.Status ?? 0, contentType, path, "", 0, 0, "");
        var heading = await page.Locator("h1").CountAsync() > 0 ? (await page.Locator("h1").First.InnerTextAsync()).Trim() : "";
        var widths = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, window.innerWidth]");
        var text = await page.Locator("body").InnerTextAsync();
        return new PageVisit(person, href, via, response?.Status ?? 0, contentType, path, heading, widths[0], widths[1], text);
    }

    private static Task<string[]> HrefsAsync(IPage page, string selector) =>
        page.Locator(selector).EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href') ?? '')");

    /// <summary>A link of this site (an API link in a menu is visited too, and fails as not a page).</summary>
    private static bool IsLocalPage(string href) =>
        href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal);

    [GeneratedRegex("^/cases/[0-9a-f-]{36}$")]
    private static partial Regex CasePage();
}

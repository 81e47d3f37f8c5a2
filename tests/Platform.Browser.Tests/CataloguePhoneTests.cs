using Microsoft.Playwright;

namespace Platform.Browser.Tests;

/// <summary>The region admin's catalogue pages on a 375 px phone: nothing reaches past the screen's right edge.</summary>
public sealed class CataloguePhoneTests
{
    private const string LandPlanningPermit = "11440784MB0000011X000172001000";

    [Fact]
    public async Task Should_keep_every_catalogue_admin_page_within_the_screen_when_it_is_375_px_wide()
    {
        await using var session = await BrowserSession.OpenAsync(viewport: new ViewportSize { Width = 375, Height = 740 });

        await session.RunAsync(nameof(Should_keep_every_catalogue_admin_page_within_the_screen_when_it_is_375_px_wide), async page =>
        {
            await session.SignInAsync("440784-admin");
            foreach (var path in new[]
                     {
                         "/admin/regions/440784/matters", $"/admin/regions/440784/matters/{LandPlanningPermit}",
                         $"/admin/regions/440784/matters/{LandPlanningPermit}/versions?from=1&to=2", "/admin/regions/440784/matters/import",
                     })
            {
                await page.GotoAsync(path);
                (await RightmostEdgeAsync(page)).ShouldBeLessThanOrEqualTo(375, path);
            }
        });
    }

    /// <summary>The right edge of the page's content, leaving out what scrolls inside its own box (a wide table's scroller).</summary>
    private static Task<double> RightmostEdgeAsync(IPage page) => page.EvaluateAsync<double>(
        """
        () => Math.max(0, ...[...document.querySelectorAll('main *')]
            .filter(e => !e.closest('.table-scroll') || e.classList.contains('table-scroll'))
            .map(e => e.getBoundingClientRect().right))
        """);
}

using Microsoft.Playwright;

namespace Platform.Browser.Tests.Shell;

/// <summary>The shared layout at a laptop's width: forms that hold a table use the page, and every page has the site's icon.</summary>
[Collection(ShellCollection.Name)]
public sealed class LayoutTests(ShellFixture fixture)
{
    private const string PlanningPermit = "11440784MB0000011X000172001000";

    [Fact]
    public async Task Should_give_the_intake_form_the_pages_width_when_a_clerk_opens_it_at_1366_px()
    {
        var page = await fixture.PageOfAsync(DemoPerson.Named("clerk"), ShellFixture.Laptop);
        try
        {
            await page.GotoAsync($"/apply/440784/{PlanningPermit}");

            var main = await page.Locator("main.content").BoundingBoxAsync();
            var form = await page.Locator("main form:has(table)").First.BoundingBoxAsync();
            main.ShouldNotBeNull();
            form.ShouldNotBeNull();
            form.Width.ShouldBeGreaterThan(main.Width * 0.8f);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Should_show_the_sites_icon_when_a_visitor_opens_any_page()
    {
        var page = await fixture.PageOfAsync(DemoPerson.Anonymous, ShellFixture.Phone);
        try
        {
            foreach (var path in new[] { "/", "/track", "/no-such-page" })
            {
                await page.GotoAsync(path);
                var icon = await page.Locator("head link[rel=icon]").GetAttributeAsync("href");
                var response = await page.Context.APIRequest.GetAsync(icon!);
                response.Status.ShouldBe(200, path);
                response.Headers["content-type"].ShouldStartWith("image/svg+xml");
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}

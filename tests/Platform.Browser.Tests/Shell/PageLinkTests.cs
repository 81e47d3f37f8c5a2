using Microsoft.Playwright;

namespace Platform.Browser.Tests.Shell;

/// <summary>Links inside shared pages lead where they say: the calendar's years, the dashboard's exports.</summary>
[Collection(ShellCollection.Name)]
public sealed class PageLinkTests(ShellFixture fixture)
{
    [Fact]
    public async Task Should_show_the_year_before_and_after_when_a_region_admin_follows_the_calendars_year_links()
    {
        var page = await fixture.PageOfAsync(DemoPerson.Named("region-admin"), ShellFixture.Laptop);
        try
        {
            await page.GotoAsync("/admin/regions/440784/calendar?year=2026");
            (await page.Locator("main h1").InnerTextAsync()).ShouldContain("鹤山市");

            await page.GetByRole(AriaRole.Link, new() { Name = "上一年" }).ClickAsync();
            new Uri(page.Url).PathAndQuery.ShouldBe("/admin/regions/440784/calendar?year=2025");
            (await page.Locator("main h1").InnerTextAsync()).ShouldStartWith("工作日历 2025年");

            await page.GetByRole(AriaRole.Link, new() { Name = "下一年" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "下一年" }).ClickAsync();
            (await page.Locator("main h1").InnerTextAsync()).ShouldStartWith("工作日历 2027年");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Should_download_the_statistics_when_a_supervisor_follows_the_dashboards_export_links()
    {
        var page = await fixture.PageOfAsync(DemoPerson.Named("supervisor"), ShellFixture.Laptop);
        try
        {
            (await page.Locator("main").InnerTextAsync()).ShouldContain("鹤山市，统计期间");
            foreach (var (name, type) in new[] { ("导出 CSV", "text/csv"), ("导出 Excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") })
            {
                var href = (await page.GetByRole(AriaRole.Link, new() { Name = name }).GetAttributeAsync("href"))!;
                href.ShouldNotContain("&amp;");
                var response = await page.Context.APIRequest.GetAsync(href);
                response.Status.ShouldBe(200, href);
                response.Headers["content-type"].ShouldStartWith(type);
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}

using Microsoft.Playwright;
using Platform.Catalogue.Contracts;
using Platform.Identity.Contracts;

namespace Platform.Browser.Tests;

/// <summary>
/// The platform admin belongs to no region: the admin and supervision pages offer every region as a tab, and a tab shows
/// that region's data. A region admin, of one region, gets no tabs.
/// </summary>
public sealed class AdminRegionTabsTests
{
    [Fact]
    public async Task Should_show_another_regions_data_when_the_platform_admin_clicks_its_tab_on_the_admin_and_supervision_pages()
    {
        await using var session = await BrowserSession.OpenAsync();
        var directory = session.Host.Get<IOrganisationDirectory>();
        var yanduUnit = (await directory.UnitsAsync("320903", CancellationToken.None)).First(u => u.Name.Contains("市场监"));
        var yanduMatter = (await session.Host.Get<ICatalogue>().SearchPublishedAsync("320903", new MatterQuery(), CancellationToken.None)).Items[0];

        await session.RunAsync(nameof(Should_show_another_regions_data_when_the_platform_admin_clicks_its_tab_on_the_admin_and_supervision_pages), async page =>
        {
            await session.SignInAsync("platform-admin");
            await OpenFromMenuAsync(page, "用户管理");
            await ClickRegionTabAsync(page, "盐都区");
            (await page.Locator("main table").InnerTextAsync()).ShouldContain("320903-clerk");

            await OpenFromMenuAsync(page, "组织机构");
            await ClickRegionTabAsync(page, "盐都区");
            (await page.Locator("main table").InnerTextAsync()).ShouldContain(yanduUnit.Name);

            await OpenFromMenuAsync(page, "事项目录管理");
            await ClickRegionTabAsync(page, "盐都区");
            await page.WaitForURLAsync("**/admin/regions/320903/matters");
            (await page.Locator("main").InnerTextAsync()).ShouldContain(yanduMatter.Name);

            await OpenFromMenuAsync(page, "工作日历");
            await ClickRegionTabAsync(page, "盐都区");
            await page.WaitForURLAsync("**/admin/regions/320903/calendar");

            await OpenFromMenuAsync(page, "月度报告");
            await ClickRegionTabAsync(page, "盐都区");
            (await page.Locator("main h1").InnerTextAsync()).ShouldContain("盐都区");
            (await page.Locator("main").InnerTextAsync()).ShouldContain("盐都“3550”：企业开办 3 个工作日");

            await page.Context.ClearCookiesAsync();
            await session.SignInAsync("440784-admin");
            await page.GotoAsync("/admin/users");
            (await page.Locator("nav.tabs[aria-label=地区]").CountAsync()).ShouldBe(0);
            (await page.Locator("main table").InnerTextAsync()).ShouldContain("440784-clerk");
        });
    }

    private static async Task OpenFromMenuAsync(IPage page, string entry)
    {
        await page.Locator("nav.side-menu a", new() { HasText = entry }).First.ClickAsync();
        await page.Locator("main h1").WaitForAsync();
    }

    private static async Task ClickRegionTabAsync(IPage page, string region)
    {
        var tab = page.Locator("nav.tabs[aria-label=地区] a", new() { HasText = region });
        await tab.ClickAsync();
        await page.Locator("nav.tabs[aria-label=地区] a[aria-current=page]", new() { HasText = region }).WaitForAsync();
    }
}

using Microsoft.Playwright;

namespace Platform.Browser.Tests;

public sealed class CalendarAdminTests
{
    [Fact]
    public async Task Should_show_2026_holidays_and_let_a_region_admin_close_a_day()
    {
        await using var session = await BrowserSession.OpenAsync();

        await session.RunAsync(nameof(Should_show_2026_holidays_and_let_a_region_admin_close_a_day), async page =>
        {
            await session.SignInAsync("440784-admin");
            await page.GetByRole(AriaRole.Link, new() { Name = "工作日历" }).ClickAsync();
            await page.GotoAsync("/admin/regions/440784/calendar?year=2026");

            (await page.Locator("td[data-date='2026-10-01']").GetAttributeAsync("class"))!.ShouldContain("day-holiday");
            (await page.Locator("td[data-date='2026-10-10']").GetAttributeAsync("class"))!.ShouldContain("day-adjusted-workday");
            (await page.Locator("td[data-date='2026-09-20']").GetAttributeAsync("title")).ShouldNotBeNull();

            await page.GetByLabel("日期").FillAsync("2026-11-16");
            await page.GetByLabel("名称").FillAsync("台风停工");
            await page.GetByRole(AriaRole.Button, new() { Name = "保存并重算期限" }).ClickAsync();

            (await page.Locator("[data-testid=calendar-message]").InnerTextAsync()).ShouldStartWith("已保存");
            (await page.Locator("td[data-date='2026-11-16']").GetAttributeAsync("class"))!.ShouldContain("day-region-rest");
            (await page.Locator("td[data-date='2026-11-16']").GetAttributeAsync("title")).ShouldBe("台风停工");
        });
    }

    [Fact]
    public async Task Should_refuse_a_yandu_admin_the_heshan_calendar_page()
    {
        await using var session = await BrowserSession.OpenAsync();

        await session.RunAsync(nameof(Should_refuse_a_yandu_admin_the_heshan_calendar_page), async page =>
        {
            await session.SignInAsync("320903-admin");
            await page.GotoAsync("/admin/regions/440784/calendar");

            page.Url.ShouldContain("/denied");
            (await page.Locator("[data-testid=year-grid]").CountAsync()).ShouldBe(0);
        });
    }
}

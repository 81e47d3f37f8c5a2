using Microsoft.Playwright;

namespace Platform.Browser.Tests;

/// <summary>The window's 待送达 queue: decided cases wait there until the clerk records their delivery on the case page.</summary>
public sealed class DeliveryQueueTests
{
    [Fact]
    public async Task Should_list_a_decided_case_in_the_windows_delivery_queue_until_the_clerk_delivers_it_on_the_case_page()
    {
        await using var session = await BrowserSession.OpenAsync();
        var api = new ApiSteps(session.Host);
        var decided = await api.AcceptedAsync("鹤山市待送达演示有限公司");
        await api.AcceptedAsync("鹤山市审查中演示有限公司");
        var leader = await api.StaffTokenAsync("440784-leader");
        await api.StepAsync(leader, decided.Id, "review", new { agrees = true, opinion = "符合规划条件" });
        await api.StepAsync(leader, decided.Id, "decide", new { approve = true, reasons = "符合法定条件" });

        await session.RunAsync(nameof(Should_list_a_decided_case_in_the_windows_delivery_queue_until_the_clerk_delivers_it_on_the_case_page), async page =>
        {
            await session.SignInAsync("440784-clerk");
            await page.Locator("nav.side-menu a", new() { HasText = "待送达" }).ClickAsync();
            await page.WaitForURLAsync("**/cases/delivery");
            (await Numbers(page)).ShouldBe([decided.Number]);

            await page.GetByLabel("搜索").FillAsync("待送达演示");
            await page.GetByLabel("状态").SelectOptionAsync(new SelectOptionValue { Label = "已办结（准予）" });
            await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
            await page.WaitForURLAsync("**/cases/delivery?*q=*");
            (await Numbers(page)).ShouldBe([decided.Number]);

            await page.Locator($"[data-testid=case-table] a[href='/cases/{decided.Id}']").ClickAsync();
            var deliver = page.Locator("form[data-action=Deliver]");
            await deliver.GetByLabel("方式").SelectOptionAsync(new SelectOptionValue { Label = "窗口领取" });
            await deliver.Locator("button").ClickAsync();
            await page.Locator("[data-testid=case-state]").Filter(new() { HasText = "已送达" }).WaitForAsync();

            await page.GotoAsync("/cases/delivery");
            (await Numbers(page)).ShouldBeEmpty();
        });
    }

    private static async Task<List<string>> Numbers(IPage page) =>
        (await page.Locator("[data-testid=case-table] tbody td:first-child a").AllInnerTextsAsync()).ToList();
}

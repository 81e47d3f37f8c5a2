using Microsoft.Playwright;

namespace Platform.Browser.Tests;

public sealed class ParkWorkbenchTests
{
    [Fact]
    public async Task Should_take_a_department_from_start_to_effective_when_park_staff_use_the_handover_board()
    {
        await using var session = await BrowserSession.OpenAsync();

        await session.RunAsync(nameof(Should_take_a_department_from_start_to_effective_when_park_staff_use_the_handover_board), async page =>
        {
            await session.SignInAsync("430682-park");
            await page.GetByRole(AriaRole.Link, new() { Name = "园区工作台" }).ClickAsync();
            await page.WaitForURLAsync("**/park/workbench");
            (await page.Locator("[data-testid=park-queue]").InnerTextAsync()).ShouldContain("没有待办的赋权办件");
            (await page.Locator("[data-testid=batch-table]").InnerTextAsync()).ShouldContain("2022-03-30");

            var pending = page.Locator("[data-testid=pending-handovers] tbody tr").Filter(new() { HasText = "临湘市发展和改革局" }).First;
            await pending.GetByRole(AriaRole.Button, new() { Name = "启动交接" }).ClickAsync();

            var row = page.Locator("[data-testid=handover-board] tbody tr").Filter(new() { HasText = "临湘市发展和改革局" }).First;
            await TakeAsync(row, "Training", "已培训、待签署");
            await TakeAsync(row, "Sign", "已签署、交接中");
            (await row.InnerTextAsync()).ShouldContain("正常");
            await TakeAsync(row, "Records", "已签署、交接中");
            await TakeAsync(row, "Access", "已签署、交接中");
            await TakeAsync(row, "Effective", "已生效");
            (await row.Locator("button").CountAsync()).ShouldBe(0);
            (await page.Locator("[data-testid=handover-error]").CountAsync()).ShouldBe(0);

            await page.GetByRole(AriaRole.Link, new() { Name = "赋权清单、负面清单、责任清单" }).ClickAsync();
            (await page.Locator("[data-testid=entry-list]").InnerTextAsync()).ShouldContain("固定资产投资项目节能审查");
        });
    }

    private static async Task TakeAsync(ILocator row, string step, string stateAfter)
    {
        await row.Locator($"button[data-step={step}]").ClickAsync();
        await Assertions.Expect(row.Locator($"button[data-step={step}]")).ToHaveCountAsync(0);
        await Assertions.Expect(row.Locator("[data-testid=agreement-state]")).ToHaveTextAsync(stateAfter);
    }
}

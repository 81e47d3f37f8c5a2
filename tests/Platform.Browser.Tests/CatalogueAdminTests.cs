using System.Text.Json;
using Microsoft.Playwright;

namespace Platform.Browser.Tests;

public sealed class CatalogueAdminTests
{
    private const string PlanningPermit = "11440784MB0000011X000172001000";

    [Fact]
    public async Task Should_publish_a_new_committed_time_limit_that_the_public_guide_then_shows()
    {
        await using var session = await BrowserSession.OpenAsync();
        var today = Platform.Kernel.Time.BusinessTime.DateOf(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd");

        await session.RunAsync(nameof(Should_publish_a_new_committed_time_limit_that_the_public_guide_then_shows), async page =>
        {
            await session.SignInAsync("440784-admin");
            await page.GotoAsync($"/admin/regions/440784/matters/{PlanningPermit}");
            (await page.Locator("input[name='Form.CommittedAmount']").InputValueAsync()).ShouldBe("3");

            await page.Locator("input[name='Form.CommittedAmount']").FillAsync("2");
            await page.Locator("input[name='Form.ValidFrom']").FillAsync(today);
            await page.GetByRole(AriaRole.Button, new() { Name = "发布" }).ClickAsync();
            await page.Locator("p.notice-ok[role=status]").WaitForAsync();

            var guide = JsonDocument.Parse(await session.Host.Http.GetStringAsync($"/api/v1/regions/440784/matters/{PlanningPermit}")).RootElement;
            guide.GetRawText().ShouldContain("\"amount\":2");
            await page.GotoAsync($"/regions/440784/matters/{PlanningPermit}");
            (await page.Locator("main").InnerTextAsync()).ShouldContain("2个工作日");
        });
    }
}

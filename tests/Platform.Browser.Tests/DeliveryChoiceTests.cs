using Microsoft.Playwright;
using Platform.Cases.Contracts;
using Platform.Catalogue.Contracts;

namespace Platform.Browser.Tests;

/// <summary>The applicant chooses how the result reaches them when applying, and changes it on the case page before it is dispatched.</summary>
public sealed class DeliveryChoiceTests
{
    private const string PlanningPermit = "11440784MB0000011X000172001000";
    private const string Enterprise = "91440784MA0DEMO01X";

    [Fact]
    public async Task Should_keep_the_courier_address_chosen_when_applying_and_the_online_push_chosen_instead_on_the_case_page()
    {
        await using var session = await BrowserSession.OpenAsync();
        var upload = Path.Combine(Path.GetTempPath(), $"申请表-{Guid.NewGuid():N}.pdf");
        await File.WriteAllTextAsync(upload, "%PDF-1.7 申请表");
        Guid caseId = default;

        await session.RunAsync(nameof(Should_keep_the_courier_address_chosen_when_applying_and_the_online_push_chosen_instead_on_the_case_page), async page =>
        {
            await session.SignInAsync(Enterprise, applicant: true);
            await page.GotoAsync($"/apply/440784/{PlanningPermit}");
            foreach (var row in await page.Locator("table.materials tbody tr").AllAsync())
            {
                if ((await row.InnerTextAsync()).Contains("按情形")) continue;
                await row.Locator("input[type=file]").SetInputFilesAsync(upload);
            }

            var choice = page.Locator("[data-testid=delivery-choice]");
            await choice.GetByLabel("快递送达").CheckAsync();
            await choice.GetByLabel("收件地址").FillAsync("鹤山市沙坪街道中山路1号");
            await choice.GetByLabel("收件人").FillAsync("王宏");
            await choice.GetByLabel("联系电话").FillAsync("13800000001");
            await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
            await page.WaitForURLAsync("**/cases/*");
            caseId = Guid.Parse(page.Url.Split('/')[^1]);
            var chosen = await page.Locator("[data-testid=delivery-chosen]").InnerTextAsync();
            chosen.ShouldContain("快递送达");
            chosen.ShouldContain("鹤山市沙坪街道中山路1号");

            var change = page.Locator("form[data-action=ChooseDelivery]");
            await change.GetByLabel("网端推送").CheckAsync();
            await change.GetByRole(AriaRole.Button, new() { Name = "变更送达方式" }).ClickAsync();

            await page.Locator("[data-testid=delivery-chosen]").Filter(new() { HasText = "网端推送" }).WaitForAsync();
        });

        var view = (await session.Host.Get<ICaseReader>().GetAsync(caseId, CancellationToken.None))!;
        view.DeliveryChoice.ShouldNotBeNull().Method.ShouldBe(DeliveryMethod.OnlinePush);
    }
}

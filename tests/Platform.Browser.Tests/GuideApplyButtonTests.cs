using Microsoft.Playwright;

namespace Platform.Browser.Tests;

/// <summary>A matter's guide leads each person to their own way in: the window clerk to 窗口收件, the applicant to 在线申请.</summary>
public sealed class GuideApplyButtonTests
{
    [Fact]
    public async Task Should_offer_window_intake_to_the_clerk_and_online_application_to_the_applicant_when_they_open_a_matters_guide()
    {
        await using var session = await BrowserSession.OpenAsync();
        var guide = $"/regions/440784/matters/{ApiSteps.PlanningPermit}";

        await session.RunAsync(nameof(Should_offer_window_intake_to_the_clerk_and_online_application_to_the_applicant_when_they_open_a_matters_guide), async page =>
        {
            await session.SignInAsync("440784-clerk");
            await page.GotoAsync(guide);
            (await page.GetByRole(AriaRole.Link, new() { Name = "申请办理" }).CountAsync()).ShouldBe(0);
            await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "窗口收件" }).ClickAsync();
            await page.WaitForURLAsync($"**/apply/440784/{ApiSteps.PlanningPermit}");
            (await page.Locator("nav.breadcrumb").InnerTextAsync()).ShouldContain("窗口收件");

            await page.Context.ClearCookiesAsync();
            await session.SignInAsync("91440784MA0DEMO01X", applicant: true);
            await page.GotoAsync(guide);
            (await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "窗口收件" }).CountAsync()).ShouldBe(0);
            await page.GetByRole(AriaRole.Link, new() { Name = "申请办理" }).ClickAsync();
            await page.WaitForURLAsync($"**/apply/440784/{ApiSteps.PlanningPermit}");
            (await page.Locator("nav.breadcrumb").InnerTextAsync()).ShouldContain("在线申请");
        });
    }
}

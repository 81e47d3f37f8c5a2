using Microsoft.Playwright;

namespace Platform.Browser.Tests;

public sealed class SignInTests
{
    [Fact]
    public async Task Should_show_the_clerks_name_and_region_when_a_window_clerk_signs_in_on_the_signin_page()
    {
        await using var session = await BrowserSession.OpenAsync();

        await session.RunAsync(nameof(Should_show_the_clerks_name_and_region_when_a_window_clerk_signs_in_on_the_signin_page), async page =>
        {
            await SignInAsync(page, "440784-clerk", "Demo@123456");
            await page.WaitForURLAsync("**/cases/queue");

            (await page.Locator("[data-testid=user-name]").InnerTextAsync()).ShouldBe("鹤山市综合窗口受理员");
            (await page.Locator("[data-testid=region]").InnerTextAsync()).ShouldBe("鹤山市");
            (await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).CountAsync()).ShouldBe(1);
        });
    }

    [Fact]
    public async Task Should_show_the_error_in_chinese_when_the_password_is_wrong()
    {
        await using var session = await BrowserSession.OpenAsync();

        await session.RunAsync(nameof(Should_show_the_error_in_chinese_when_the_password_is_wrong), async page =>
        {
            await SignInAsync(page, "440784-clerk", "not-the-password-1");

            (await page.Locator("[data-testid=signin-error]").InnerTextAsync()).ShouldBe("账号或密码错误。");
            (await page.GetByLabel("账号", new() { Exact = true }).InputValueAsync()).ShouldBe("440784-clerk");
        });
    }

    private static async Task SignInAsync(IPage page, string account, string password)
    {
        await page.GotoAsync("/signin");
        await page.GetByLabel("账号", new() { Exact = true }).FillAsync(account);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
    }
}

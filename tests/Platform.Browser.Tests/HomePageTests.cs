using Microsoft.Playwright;

namespace Platform.Browser.Tests;

public sealed class HomePageTests
{
    [Fact]
    public async Task Should_show_the_five_programmes_when_the_platform_admin_opens_the_deployment_overview()
    {
        await using var session = await BrowserSession.OpenAsync();

        await session.RunAsync(nameof(Should_show_the_five_programmes_when_the_platform_admin_opens_the_deployment_overview), async page =>
        {
            await session.SignInAsync("platform-admin");

            new Uri(page.Url).AbsolutePath.ShouldBe("/admin/overview");
            (await page.TitleAsync()).ShouldContain("政务服务审批平台");
            var programmes = await page.Locator(".programmes .card strong").AllInnerTextsAsync();
            programmes.ShouldBe(["鹤山 集成审批", "盐都 不见面审批", "鞍山 工程建设项目审批制度改革", "岳阳 一件事一次办", "临湘 园区事园区办"]);
        });
    }

    [Fact]
    public async Task Should_stack_the_menu_above_the_content_when_opened_on_a_phone()
    {
        await using var session = await BrowserSession.OpenAsync("linxiang", new ViewportSize { Width = 390, Height = 844 });

        await session.RunAsync(nameof(Should_stack_the_menu_above_the_content_when_opened_on_a_phone), async page =>
        {
            await page.GotoAsync("/");

            var menu = await page.Locator(".side-menu").BoundingBoxAsync();
            var content = await page.Locator("main.content").BoundingBoxAsync();
            menu.ShouldNotBeNull();
            content.ShouldNotBeNull();
            (menu.Y + menu.Height).ShouldBeLessThanOrEqualTo(content.Y + 1);
            (await page.Locator("[data-testid=home-regions] li").CountAsync()).ShouldBe(2);
        });
    }
}

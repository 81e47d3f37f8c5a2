using Microsoft.Playwright;

namespace Platform.Browser.Tests.Shell;

/// <summary>After sign-in, and whenever they open /, each person lands on their own work; visitors land on the public home.</summary>
[Collection(ShellCollection.Name)]
public sealed class LandingTests(ShellFixture fixture)
{
    [Theory]
    [MemberData(nameof(DemoPerson.Names), MemberType = typeof(DemoPerson))]
    public async Task Should_land_on_their_own_work_when_a_person_signs_in_and_when_they_open_the_home_page(string name)
    {
        var person = DemoPerson.Named(name);
        var page = await fixture.PageOfAsync(person, ShellFixture.Laptop);
        try
        {
            PathAndQuery(page).ShouldBe(person.Landing);
            await page.GotoAsync("/");
            PathAndQuery(page).ShouldBe(person.Landing);
            (await page.Locator("main h1").CountAsync()).ShouldBe(1);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Should_offer_the_guide_bundles_and_tracking_when_a_visitor_opens_the_home_page()
    {
        var page = await fixture.PageOfAsync(DemoPerson.Anonymous, ShellFixture.Laptop);
        try
        {
            (await page.Locator("main h2").AllInnerTextsAsync()).ShouldBe(["办事指南", "一件事一次办", "办件查询"]);
            var menu = await page.Locator("nav.side-menu a").AllInnerTextsAsync();
            menu.ShouldContain("办事指南");
            menu.ShouldContain("一件事一次办");
            menu.ShouldContain("办件查询");
            (await page.GetByLabel("办件编号").CountAsync()).ShouldBe(1);

            await page.Locator("[data-testid=home-regions] li", new() { HasText = "鹤山市" }).GetByRole(AriaRole.Link, new() { Name = "办事指南" }).ClickAsync();
            PathAndQuery(page).ShouldBe("/guide?region=440784");
            var departments = await page.Locator("[data-testid=guide-departments] a").AllInnerTextsAsync();
            departments.ShouldNotBeEmpty();
            departments.ShouldContain(d => d.Contains("自然资源局"));
            await page.Locator("[data-testid=guide-regions]").GetByRole(AriaRole.Link, new() { Name = "岳阳市" }).ClickAsync();
            (await page.Locator("[data-testid=guide-bundles] a").CountAsync()).ShouldBeGreaterThan(0);
            await page.GoBackAsync();

            await page.Locator("[data-testid=guide-departments] a").First.ClickAsync();
            new Uri(page.Url).AbsolutePath.ShouldBe("/regions/440784/matters");
            (await page.Locator("table.matters tbody a").CountAsync()).ShouldBeGreaterThan(0);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Should_show_the_region_and_the_applicant_by_name_in_the_top_bar_when_an_applicant_signs_in_on_a_phone()
    {
        var page = await fixture.PageOfAsync(DemoPerson.Named("enterprise"), ShellFixture.Phone);
        try
        {
            (await page.Locator("[data-testid=region]").InnerTextAsync()).ShouldBe("鹤山市");
            (await page.Locator("[data-testid=user-name]").InnerTextAsync()).ShouldBe("鹤山市演示企业有限公司");
            var signOut = await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).BoundingBoxAsync();
            signOut.ShouldNotBeNull();
            (signOut.X + signOut.Width).ShouldBeLessThanOrEqualTo(ShellFixture.Phone.Width);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static string PathAndQuery(IPage page) => new Uri(page.Url).PathAndQuery;
}

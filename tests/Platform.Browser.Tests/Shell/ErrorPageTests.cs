using System.Net;
using Platform.Testing;

namespace Platform.Browser.Tests.Shell;

/// <summary>Refusals and failures answer a zh-CN page with a way back when a browser asks for a page, and problem+json on the API.</summary>
[Collection(ShellCollection.Name)]
public sealed class ErrorPageTests(ShellFixture fixture)
{
    [Fact]
    public async Task Should_answer_a_chinese_page_with_a_way_back_to_my_cases_when_an_applicant_opens_a_page_that_does_not_exist()
    {
        var page = await fixture.PageOfAsync(DemoPerson.Named("citizen"), ShellFixture.Phone);
        try
        {
            var response = await page.GotoAsync("/no-such-page");

            response!.Status.ShouldBe(404);
            response.Headers["content-type"].ShouldStartWith("text/html");
            (await page.Locator("main h1").InnerTextAsync()).ShouldBe("页面不存在");
            (await page.Locator("[data-testid=error-back]").GetAttributeAsync("href")).ShouldBe("/my/cases");
            (await page.Locator("nav.side-menu a").AllInnerTextsAsync()).ShouldContain("我的办件");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Should_answer_a_chinese_page_without_the_error_when_a_page_fails()
    {
        var page = await fixture.PageOfAsync(DemoPerson.Anonymous, ShellFixture.Laptop);
        try
        {
            await page.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { [FaultyDirectory.FaultHeader] = "1" });
            var response = await page.GotoAsync("/regions/440784/matters");

            response!.Status.ShouldBe(500);
            (await page.Locator("main h1").InnerTextAsync()).ShouldBe("系统出错");
            (await page.Locator("body").InnerTextAsync()).ShouldNotContain("test fault");
            (await page.Locator("[data-testid=error-back]").GetAttributeAsync("href")).ShouldBe("/");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Should_answer_a_403_page_with_a_way_back_when_an_admin_opens_another_regions_calendar()
    {
        var page = await fixture.PageOfAsync(DemoPerson.Named("yandu-admin"), ShellFixture.Laptop);
        try
        {
            var response = await page.GotoAsync("/admin/regions/440784/calendar");

            response!.Status.ShouldBe(403);
            (await page.Locator("main h1").InnerTextAsync()).ShouldBe("无权访问");
            await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "返回我的工作台" }).ClickAsync();
            new Uri(page.Url).AbsolutePath.ShouldBe("/admin/regions/320903/matters");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("/api/v1/no-such-thing", "text/html,application/xhtml+xml,*/*;q=0.8", false, 404)]
    [InlineData("/regions/440784/matters", "application/json", true, 500)]
    public async Task Should_keep_problem_json_when_the_api_or_a_client_that_is_not_a_browser_gets_an_error(string path, string accept, bool fault,
        int status)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(accept);
        if (fault) request.Headers.Add(FaultyDirectory.FaultHeader, "1");

        var response = await fixture.Session.Host.Http.SendAsync(request);

        ((int)response.StatusCode).ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Should_answer_a_chinese_page_when_a_visitor_tracks_too_often_and_problem_json_to_the_api()
    {
        await using var host = await PlatformTestHost.StartAsync("demo", "--Identity:TrackingPerMinute=1");
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        http.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");

        (await http.GetAsync("/track")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await http.GetAsync("/track");
        var api = await http.GetAsync("/api/v1/cases/track?number=440784-2026-000001&queryCode=000000");

        page.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        page.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("<h1>请求过于频繁</h1>");
        html.ShouldContain("lang=\"zh-CN\"");
        api.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        api.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }
}

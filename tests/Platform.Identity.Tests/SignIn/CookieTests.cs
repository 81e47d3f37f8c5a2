using Platform.Testing;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Identity.Tests.Support;

namespace Platform.Identity.Tests.SignIn;

public sealed class CookieTests(DemoHost demo) : IClassFixture<DemoHost>
{
    [Fact]
    public async Task Should_accept_the_cookie_on_api_endpoints_when_signed_in_on_the_signin_page()
    {
        using var browser = new CookieBrowser(demo.Host);

        var signIn = await browser.SignInAsync("440784-clerk", ApiClient.DemoPassword);

        signIn.StatusCode.ShouldBe(HttpStatusCode.Found);
        new Uri(demo.Host.BaseAddress, signIn.Headers.Location!).AbsolutePath.ShouldBe("/");
        var me = await browser.Client.GetFromJsonAsync<JsonElement>("/api/v1/auth/me");
        me.GetProperty("displayName").GetString().ShouldBe("鹤山市综合窗口受理员");
        var landing = await browser.Client.GetAsync("/");
        landing.StatusCode.ShouldBe(HttpStatusCode.Found);
        new Uri(demo.Host.BaseAddress, landing.Headers.Location!).AbsolutePath.ShouldBe("/cases/queue");
        var home = await browser.Client.GetStringAsync(landing.Headers.Location);
        home.ShouldContain("鹤山市综合窗口受理员");
        home.ShouldContain("退出登录");
    }

    [Fact]
    public async Task Should_answer_403_problem_json_when_a_cookie_clerk_calls_the_admin_api()
    {
        using var browser = new CookieBrowser(demo.Host);
        await browser.SignInAsync("440784-clerk", ApiClient.DemoPassword);

        var response = await browser.Client.GetAsync("/api/v1/identity/users");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ApiClient.ProblemCodeAsync(response)).ShouldBe("identity.forbidden");
    }

    [Fact]
    public async Task Should_show_the_error_and_stay_on_the_page_when_the_password_is_wrong()
    {
        using var browser = new CookieBrowser(demo.Host);

        var response = await browser.SignInAsync("440784-clerk", "not-the-password-1");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("账号或密码错误");
        (await browser.Client.GetAsync("/api/v1/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_end_the_session_when_the_user_signs_out()
    {
        using var browser = new CookieBrowser(demo.Host);
        await browser.SignInAsync("320903-supervisor", ApiClient.DemoPassword);
        var home = await browser.Client.GetStringAsync("/supervision");

        var signOut = await browser.Client.PostAsync("/signout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = CookieBrowser.AntiforgeryToken(home),
        }));

        signOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.Client.GetAsync("/api/v1/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_redirect_to_the_signin_page_when_an_admin_page_is_opened_anonymously()
    {
        using var browser = new CookieBrowser(demo.Host);

        var response = await browser.Client.GetAsync("/admin/users");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/signin");
    }

    [Fact]
    public async Task Should_send_the_security_headers_when_a_page_is_served()
    {
        var response = await demo.Host.Http.GetAsync("/signin");

        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["strict-origin-when-cross-origin"]);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
    }
}

using Platform.Testing;
using System.Net;
using Dapper;
using Npgsql;
using Platform.Identity.Tests.Support;

namespace Platform.Identity.Tests.Admin;

public sealed class AdminPageTests(DemoHost demo) : IClassFixture<DemoHost>
{
    [Fact]
    public async Task Should_list_only_the_own_regions_users_when_a_region_admin_opens_the_users_page()
    {
        using var browser = new CookieBrowser(demo.Host);
        await browser.SignInAsync("320903-admin", ApiClient.DemoPassword);

        var html = await browser.Client.GetStringAsync("/admin/users?pageSize=100");

        html.ShouldContain("320903-clerk");
        html.ShouldNotContain("440784-clerk");
        html.ShouldContain("用户管理");
    }

    [Fact]
    public async Task Should_create_a_user_and_show_rule_errors_next_to_the_field_when_the_form_is_posted()
    {
        using var browser = new CookieBrowser(demo.Host);
        await browser.SignInAsync("320903-admin", ApiClient.DemoPassword);
        var page = await browser.Client.GetStringAsync("/admin/users");
        var unitId = System.Text.RegularExpressions.Regex.Match(page, "<option value=\"([0-9a-f-]{36})\"").Groups[1].Value;

        var weak = await PostNewUserAsync(browser, page, unitId, "short");
        var created = await PostNewUserAsync(browser, page, unitId, "PageMade2026x");

        weak.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await weak.Content.ReadAsStringAsync()).ShouldContain("密码至少 10 位");
        created.StatusCode.ShouldBe(HttpStatusCode.Found);
        await using var connection = new NpgsqlConnection(demo.Host.App.Database.ConnectionString);
        (await connection.ExecuteScalarAsync<string>("SELECT region_code FROM identity.users WHERE account = 'page-made'")).ShouldBe("320903");
    }

    [Fact]
    public async Task Should_not_show_another_regions_user_when_a_region_admin_opens_its_edit_page()
    {
        await using var connection = new NpgsqlConnection(demo.Host.App.Database.ConnectionString);
        var heshanUser = await connection.ExecuteScalarAsync<Guid>("SELECT id FROM identity.users WHERE account = '440784-clerk'");
        using var browser = new CookieBrowser(demo.Host);
        await browser.SignInAsync("320903-admin", ApiClient.DemoPassword);

        var response = await browser.Client.GetAsync($"/admin/users/{heshanUser}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("440784-clerk");
    }

    [Fact]
    public async Task Should_send_a_clerk_to_the_denied_page_when_it_opens_the_units_page()
    {
        using var browser = new CookieBrowser(demo.Host);
        await browser.SignInAsync("320903-clerk", ApiClient.DemoPassword);

        var response = await browser.Client.GetAsync("/admin/units");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/denied");
    }

    private static Task<HttpResponseMessage> PostNewUserAsync(CookieBrowser browser, string page, string unitId, string password) =>
        browser.Client.PostAsync("/admin/users", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "new-user",
            ["__RequestVerificationToken"] = CookieBrowser.AntiforgeryToken(page),
            ["Input.Account"] = "page-made",
            ["Input.Password"] = password,
            ["Input.DisplayName"] = "页面新建",
            ["Input.UnitId"] = unitId,
            ["Input.Role"] = "DepartmentReviewer",
        }));
}

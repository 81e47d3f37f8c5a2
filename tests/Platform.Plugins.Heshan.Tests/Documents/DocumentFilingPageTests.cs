using System.Net;
using Platform.Testing;

namespace Platform.Plugins.Heshan.Tests.Documents;

/// <summary>A department files a document from its page: the route opens as it does through the API, once per form.</summary>
public sealed class DocumentFilingPageTests
{
    [Fact]
    public async Task Should_file_once_and_open_each_departments_opinion_step_when_the_filing_form_is_posted_twice()
    {
        await using var fixture = await HeshanFixture.StartAsync(TestClock.At(2026, 9, 24, 9));
        var filer = await fixture.StaffOfAsync("fgj");
        using var browser = new CookieBrowser(fixture.Host);
        await browser.SignInAsync("hs-fgj-departmentreviewer", "Demo@123456");
        var page = await browser.Client.GetStringAsync("/heshan/documents/new");
        var form = Form(page, ("department", "zrzy"), ("days-zrzy", "3"), ("department", "zjj"), ("days-zjj", "1"));

        var first = await browser.Client.PostAsync("/heshan/documents/new", new FormUrlEncodedContent(form));
        var second = await browser.Client.PostAsync("/heshan/documents/new", new FormUrlEncodedContent(form));

        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        second.Headers.Location.ShouldBe(first.Headers.Location);
        var list = await fixture.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/heshan/documents", filer);
        list.GetProperty("total").GetInt32().ShouldBe(1);
        var id = list.GetProperty("items")[0].GetProperty("id").GetGuid();
        first.Headers.Location!.OriginalString.ShouldEndWith($"/heshan/documents/{id}");
        var view = await fixture.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/heshan/documents/{id}", filer);
        var dues = view.GetProperty("steps").EnumerateArray().Where(s => s.GetProperty("stage").GetString() == "Opinion")
            .ToDictionary(s => s.GetProperty("unitCode").GetString()!, s => s.GetProperty("deadline").GetProperty("due").GetString());
        dues.ShouldBe(new Dictionary<string, string?> { ["zrzy"] = "2026-09-30", ["zjj"] = "2026-09-28" });
    }

    [Fact]
    public async Task Should_name_what_is_missing_and_file_nothing_when_no_department_is_chosen()
    {
        await using var fixture = await HeshanFixture.StartAsync(TestClock.At(2026, 9, 24, 9));
        var filer = await fixture.StaffOfAsync("fgj");
        using var browser = new CookieBrowser(fixture.Host);
        await browser.SignInAsync("hs-fgj-departmentreviewer", "Demo@123456");
        var page = await browser.Client.GetStringAsync("/heshan/documents/new");

        var refused = await browser.Client.PostAsync("/heshan/documents/new", new FormUrlEncodedContent(Form(page)));

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain("请至少选择一个征求意见的部门");
        (await fixture.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/heshan/documents", filer)).GetProperty("total").GetInt32().ShouldBe(0);
    }

    private static List<KeyValuePair<string, string>> Form(string page, params (string Name, string Value)[] departments)
    {
        var key = System.Text.RegularExpressions.Regex.Match(page, "name=\"key\" value=\"([^\"]+)\"").Groups[1].Value;
        var form = new List<KeyValuePair<string, string>>
        {
            new("_handler", "file-document"), new("__RequestVerificationToken", CookieBrowser.AntiforgeryToken(page)), new("key", key),
            new("title", "关于鹤山市宏达智能制造项目用地的请示"), new("body", "请各部门于时限内出具意见。"),
            new("signOff", "gov"), new("signOffDays", "2"), new("handDown", "zrzy"), new("handDownDays", "3"),
        };
        form.AddRange(departments.Select(d => new KeyValuePair<string, string>(d.Name, d.Value)));
        return form;
    }
}

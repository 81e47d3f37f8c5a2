using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Platform.Testing;

namespace Platform.Host.Tests.Pages;

/// <summary>
/// Opens every page of every module, as every kind of user, against a demo deployment holding a case:
/// no page may fail with a server error, whatever it decides to show or refuse, and none may carry a script
/// the content security policy (<c>script-src 'self'</c>) would block: an inline script or event handler.
/// </summary>
public sealed class PageSmokeTests
{
    private const string PlanningPermit = "11440784MB0000011X000172001000";
    private static readonly System.Text.RegularExpressions.Regex InlineScript =
        new(@"<script(?![^>]*\bsrc=)[^>]*>|\son[a-z]+=""[^""]*""", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static readonly string[] Users = ["440784-clerk", "440784-reviewer", "440784-leader", "440784-supervisor", "440784-admin", "platform-admin", "320903-admin"];

    [Fact]
    public async Task Should_answer_every_page_without_a_server_error_for_every_kind_of_user()
    {
        await using var host = await PlatformTestHost.StartAsync("demo", "--Identity:FailedSignInsPerAddress=100000", "--Identity:TrackingPerMinute=100000", "--Identity:CreatePerMinute=100000");
        var caseId = await SubmitCaseAsync(host);
        var pages = host.Get<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
            .Select(e => Concrete(e.RoutePattern.RawText ?? "/", caseId))
            .Distinct().ToList();
        pages.Count.ShouldBeGreaterThan(10);

        var failures = new List<string>();
        foreach (var user in Users.Append("anonymous").Append("applicant"))
        {
            using var browser = new CookieBrowser(host);
            if (user == "applicant") await browser.SignInAsync("91440784MA0DEMO01X", "Demo@123456", "applicant");
            else if (user != "anonymous") await browser.SignInAsync(user, "Demo@123456");
            foreach (var page in pages)
            {
                var response = await browser.Client.GetAsync(page);
                if ((int)response.StatusCode >= 500) failures.Add($"{user} GET {page} -> {(int)response.StatusCode}");
                if (InlineScript.Match(await response.Content.ReadAsStringAsync()) is { Success: true } inline)
                    failures.Add($"{user} GET {page} carries {inline.Value}, which the content security policy blocks");
            }
        }

        failures.ShouldBeEmpty();
    }

    private static string Concrete(string pattern, Guid caseId)
    {
        var path = "/" + pattern.TrimStart('/');
        foreach (var (name, value) in new[]
                 {
                     ("{Region}", "440784"), ("{region}", "440784"), ("{Code}", PlanningPermit), ("{code}", PlanningPermit),
                     ("{Id:guid}", caseId.ToString()), ("{id:guid}", caseId.ToString()), ("{Kind}", "acceptance"), ("{Ordinal:int}", "1"),
                 })
            path = path.Replace(name, Uri.EscapeDataString(value), StringComparison.Ordinal);
        return System.Text.RegularExpressions.Regex.Replace(path, @"\{[^}]+\}", Guid.NewGuid().ToString());
    }

    private static async Task<Guid> SubmitCaseAsync(PlatformTestHost host)
    {
        var token = await host.Http.PostAsJsonAsync("/api/v1/auth/token", new { account = "440784-clerk", password = "Demo@123456" });
        var access = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/cases")
        {
            Content = JsonContent.Create(new
            {
                regionCode = "440784", matterCode = PlanningPermit,
                applicant = new { id = "91440784MA5SMOKE01", name = "鹤山市冒烟测试有限公司", kind = "enterprise" },
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", access);
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var response = await host.Http.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("case").GetProperty("id").GetGuid();
    }
}

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Platform.Cases.Contracts;

namespace Platform.Browser.Tests;

public sealed class NoFaceJourneyTests
{
    private const string CompanyRegistration = "11320903MB0000021X000105001000";
    private const string Enterprise = "91320903MA0DEMO01X";

    [Fact]
    public async Task Should_take_a_yandu_applicant_from_the_no_face_list_to_a_courier_delivered_result_without_a_window_visit()
    {
        await using var session = await BrowserSession.OpenAsync();
        var upload = Path.Combine(Path.GetTempPath(), $"公司章程-{Guid.NewGuid():N}.pdf");
        await File.WriteAllTextAsync(upload, "%PDF-1.7 公司章程");

        await session.RunAsync(nameof(Should_take_a_yandu_applicant_from_the_no_face_list_to_a_courier_delivered_result_without_a_window_visit), async page =>
        {
            await session.SignInAsync(Enterprise, applicant: true);
            await page.GotoAsync("/yandu/no-face");
            await page.Locator("[data-testid=no-face-list] a", new() { HasText = "公司设立登记" }).First.ClickAsync();
            await page.Locator("[data-testid=apply-online]").ClickAsync();
            await page.WaitForURLAsync($"**/apply/320903/{CompanyRegistration}");
            foreach (var row in await page.Locator("table.materials tbody tr").AllAsync())
            {
                if ((await row.InnerTextAsync()).Contains("按情形")) continue;
                await row.Locator("input[type=file]").SetInputFilesAsync(upload);
            }

            await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
            await page.WaitForURLAsync("**/cases/*");
            (await page.Locator("[data-testid=case-state]").InnerTextAsync()).ShouldBe("已提交待受理");
            var caseId = Guid.Parse(page.Url.Split('/')[^1]);

            await DecideAndDispatchAsync(session, caseId);
            await ConfirmAsync(session, caseId);

            await page.GotoAsync("/my/cases");
            (await page.Locator("[data-testid=case-table]").InnerTextAsync()).ShouldContain("已送达");
            await page.GotoAsync($"/cases/{caseId}");
            (await page.Locator("figure.flow text.flow-title").AllTextContentsAsync()).ShouldContain("送达");
            var view = await session.Host.Get<ICaseReader>().GetAsync(caseId, CancellationToken.None);
            view!.Channel.ShouldBe("online");
        });
    }

    /// <summary>The back office, without the applicant: acceptance over the API, review and decision by 市场监管局, courier dispatch.</summary>
    private static async Task DecideAndDispatchAsync(BrowserSession session, Guid caseId)
    {
        var clerk = await TokenAsync(session, "/api/v1/auth/token", new { account = "320903-clerk", password = "Demo@123456" });
        var accepted = await SendAsync(session, $"/api/v1/cases/{caseId}/accept", clerk, null, "\"1\"");
        accepted.EnsureSuccessStatusCode();
        var workflow = session.Host.Get<ICaseWorkflow>();
        var reviewer = new CaseActor("reviewer-scjg", "盐都区市场监管局审查员", "320903", "scjg");
        var reviewed = await workflow.CompleteReviewStepAsync(caseId, 2, true, "材料齐全，符合登记条件", reviewer, CancellationToken.None);
        var decided = await workflow.DecideAsync(caseId, reviewed.Version, true, "准予设立登记", "《中华人民共和国公司法》", reviewer, CancellationToken.None);
        var dispatched = await SendAsync(session, $"/api/v1/cases/{caseId}/deliver", clerk, new { method = 1, trackingNumber = "EMS1002003004" }, $"\"{decided.Version}\"");
        dispatched.EnsureSuccessStatusCode();
    }

    private static async Task ConfirmAsync(BrowserSession session, Guid caseId)
    {
        var applicant = await TokenAsync(session, "/api/v1/auth/applicant/token", new { identifier = Enterprise, password = "Demo@123456" });
        var current = await session.Host.Get<ICaseReader>().GetAsync(caseId, CancellationToken.None);
        var confirmed = await SendAsync(session, $"/api/v1/cases/{caseId}/delivery/confirm", applicant, new { receivedBy = "本人签收" }, $"\"{current!.Version}\"");
        confirmed.EnsureSuccessStatusCode();
    }

    private static async Task<string> TokenAsync(BrowserSession session, string path, object body)
    {
        var response = await session.Host.Http.PostAsJsonAsync(path, body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static Task<HttpResponseMessage> SendAsync(BrowserSession session, string path, string token, object? body, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return session.Host.Http.SendAsync(request);
    }
}

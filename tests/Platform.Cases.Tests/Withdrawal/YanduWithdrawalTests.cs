using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Cases.Tests.Api;
using Platform.Kernel.Audit;
using Platform.Testing;

namespace Platform.Cases.Tests.Withdrawal;

public sealed class YanduWithdrawalTests
{
    private const string CompanyRegistration = "11320903MB0000021X000105001000";

    [Fact]
    public async Task Should_show_a_yandu_application_withdrawn_at_review_on_the_tracking_page_with_its_clock_stopped_and_the_chain_intact()
    {
        await using var host = await PlatformTestHost.StartAsync("demo", "--Identity:FailedSignInsPerAddress=100000", "--Identity:TrackingPerMinute=100000", "--Identity:CreatePerMinute=100000");
        var api = new CaseApiClient(host);
        var applicant = await ApplicantTokenAsync(host);
        var created = await api.JsonAsync(await api.SendAsync(HttpMethod.Post, "/api/v1/cases", applicant,
            new { regionCode = "320903", matterCode = CompanyRegistration, materials = await api.RequiredMaterialsAsync(applicant, "320903", CompanyRegistration) },
            idempotencyKey: "yd-1"));
        var id = created.GetProperty("case").GetProperty("id").GetGuid();
        (await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/signatures", applicant, new { document = "application" })).EnsureSuccessStatusCode();
        var clerk = await api.StaffTokenAsync("320903-clerk");
        var accepted = await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/accept", clerk, ifMatch: "\"1\"");
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());

        var withdrawn = await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/withdraw", applicant, new { reason = "公司名称另行申报" }, ifMatch: "\"2\"");

        withdrawn.StatusCode.ShouldBe(HttpStatusCode.OK, await withdrawn.Content.ReadAsStringAsync());
        var number = created.GetProperty("case").GetProperty("number").GetString();
        var queryCode = created.GetProperty("queryCode").GetString();
        var tracked = await host.Http.GetFromJsonAsync<JsonElement>($"/api/v1/cases/track?number={number}&queryCode={queryCode}");
        tracked.GetProperty("stateName").GetString().ShouldBe("已撤件");
        tracked.GetProperty("deadline").GetProperty("status").GetString().ShouldBe("Closed");
        var page = await host.Http.GetStringAsync($"/track?number={number}&code={queryCode}");
        page.ShouldContain("已撤件");
        page.ShouldContain("撤件");
        (await host.Get<IAuditTrail>().VerifyAsync("320903", CancellationToken.None)).Intact.ShouldBeTrue();
    }

    private static async Task<string> ApplicantTokenAsync(PlatformTestHost host)
    {
        var response = await host.Http.PostAsJsonAsync("/api/v1/auth/applicant/token", new { identifier = "91320903MA0DEMO01X", password = "Demo@123456" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }
}

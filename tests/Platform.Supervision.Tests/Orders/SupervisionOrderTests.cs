using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Cases.Contracts;
using Platform.Testing;

namespace Platform.Supervision.Tests.Orders;

/// <summary>督办: a supervisor orders the unit handling an overdue case to answer; the unit answers on its order page.</summary>
public sealed class SupervisionOrderTests
{
    /// <summary>工业项目“拿地即开工”联合审批: 5 working days at the park's approval-service unit.</summary>
    private const string JointLandApproval = "11430682MB0000051X000173005000";

    [Fact]
    public async Task Should_refuse_an_order_on_an_unwarned_case_and_not_find_an_unknown_order_even_for_a_platform_admin()
    {
        await using var host = await SupervisionHost.StartAsync(new TestClock(TestClock.At(2026, 9, 14, 10)));
        var http = new Http(host.Host);
        var caseId = await AcceptedCaseAsync(host, http, JointLandApproval);

        var response = await http.SendAsync(HttpMethod.Post, "/api/v1/supervision/orders", await http.StaffAsync("430682-supervisor"),
            new { caseId, reason = "请说明办理进度" }, idempotencyKey: Guid.NewGuid().ToString());

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("supervision.order.case_not_warned");
        (await host.ScalarAsync<long>("SELECT count(*) FROM supervision.supervision_orders")).ShouldBe(0);
        var unknown = await http.SendAsync(HttpMethod.Get, $"/api/v1/supervision/orders/{Guid.NewGuid()}", await http.StaffAsync("platform-admin"));
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_open_one_order_per_key_due_in_three_working_days_and_take_the_handling_units_answer_on_its_page()
    {
        // Accepted Monday 14 September 2026 with one working day: due the 15th, overdue on the 16th. Three working days from
        // Wednesday the 16th end on Sunday the 20th, a 国庆 adjusted work day.
        var clock = new TestClock(TestClock.At(2026, 9, 14, 10));
        await using var host = await SupervisionHost.StartAsync(clock);
        var http = new Http(host.Host);
        var caseId = await AcceptedCaseAsync(host, http, CompletedCases.Matter);
        clock.Set(TestClock.At(2026, 9, 16, 10));
        var supervisor = await http.StaffAsync("430682-supervisor");
        var key = Guid.NewGuid().ToString();

        var opened = await http.SendAsync(HttpMethod.Post, "/api/v1/supervision/orders", supervisor, new { caseId, reason = "办件已逾期，请说明原因" },
            idempotencyKey: key);
        var retried = await http.SendAsync(HttpMethod.Post, "/api/v1/supervision/orders", supervisor, new { caseId, reason = "办件已逾期，请说明原因" },
            idempotencyKey: key);

        opened.StatusCode.ShouldBe(HttpStatusCode.Created, await opened.Content.ReadAsStringAsync());
        retried.StatusCode.ShouldBe(HttpStatusCode.OK);
        var order = await opened.Content.ReadFromJsonAsync<JsonElement>();
        var id = order.GetProperty("id").GetGuid();
        (await retried.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid().ShouldBe(id);
        order.GetProperty("dueDate").GetString().ShouldBe("2026-09-20");
        order.GetProperty("unitCode").GetString().ShouldBe("gxq-spfw");

        var otherUnit = await http.SendAsync(HttpMethod.Post, $"/api/v1/supervision/orders/{id}/answer", await http.StaffAsync("430682-reviewer"),
            new { answer = "不是本单位的办件" }, ifMatch: "\"1\"");
        otherUnit.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var browser = new CookieBrowser(host.Host);
        await browser.SignInAsync("430682-park", Http.Password);
        var page = await browser.Client.GetStringAsync($"/supervision/orders/{id}");
        page.ShouldContain("办件已逾期，请说明原因");
        var answered = await browser.Client.PostAsync($"/supervision/orders/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "answer-order", ["__RequestVerificationToken"] = CookieBrowser.AntiforgeryToken(page), ["version"] = "1",
            ["answer"] = "系统故障导致延误，已于当日办结并向申请人致歉。",
        }));

        answered.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await answered.Content.ReadAsStringAsync()).ShouldContain("已答复");
        var stored = await http.JsonAsync(HttpMethod.Get, $"/api/v1/supervision/orders/{id}", supervisor);
        stored.GetProperty("state").GetString().ShouldBe("answered");
        stored.GetProperty("answer").GetString().ShouldBe("系统故障导致延误，已于当日办结并向申请人致歉。");
        var again = await http.SendAsync(HttpMethod.Post, $"/api/v1/supervision/orders/{id}/answer", await http.StaffAsync("430682-park"),
            new { answer = "再次答复" }, ifMatch: "\"2\"");
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    /// <summary>An applicant's online application for a 临湘 park matter, accepted at the window now.</summary>
    private static async Task<Guid> AcceptedCaseAsync(SupervisionHost host, Http http, string matter)
    {
        var applicant = await http.ApplicantAsync(CompletedCases.Applicant);
        var requirements = await http.JsonAsync(HttpMethod.Get,
            $"/api/v1/cases/requirements?region={CompletedCases.Region}&matter={matter}", null);
        var materials = new List<object>();
        foreach (var material in requirements.GetProperty("materials").EnumerateArray().Where(m => m.GetProperty("required").GetBoolean()))
            materials.Add(new { materialCode = material.GetProperty("code").GetString(), fileId = await http.UploadAsync(applicant) });
        var submitted = await http.JsonAsync(HttpMethod.Post, "/api/v1/cases", applicant,
            new { regionCode = CompletedCases.Region, matterCode = matter, form = new { 项目名称 = "临湘园区厂房" }, materials },
            idempotencyKey: Guid.NewGuid().ToString());
        var caseId = submitted.GetProperty("case").GetProperty("id").GetGuid();
        var view = (await host.Get<ICaseReader>().GetAsync(caseId, CancellationToken.None))!;
        await host.Get<ICaseWorkflow>().AcceptAsync(caseId, view.Version, new CaseActor("t-clerk", "窗口受理员", CompletedCases.Region, "zhck"),
            CancellationToken.None);
        return caseId;
    }
}

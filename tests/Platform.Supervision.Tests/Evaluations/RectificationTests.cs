using System.Net;
using System.Text.Json;
using Platform.Testing;

namespace Platform.Supervision.Tests.Evaluations;

/// <summary>
/// A case approved on Monday 2026-09-21 and rated that day: callback due 09-22, fix due 15 working days later, 2026-10-19
/// (22, 23, 24, 28, 29, 30 Sep; 8, 9, 10 (adjusted Saturday), 12–16, 19 Oct).
/// </summary>
public sealed class RectificationTests
{
    [Fact]
    public async Task Should_open_a_rectification_due_15_working_days_later_on_the_supervisors_dashboard_when_rated_dissatisfied()
    {
        await using var host = await SupervisionHost.StartAsync(new TestClock(TestClock.At(2026, 9, 21, 10)));
        var http = new Http(host.Host);
        var applicant = await http.ApplicantAsync(CompletedCases.Applicant);
        var approved = await CompletedCases.ApproveAsync(host, http, applicant);

        var rating = await http.JsonAsync(HttpMethod.Post, $"/api/v1/supervision/cases/{approved.Id}/evaluations", applicant,
            new { level = 4, dimensions = new { efficiency = 5, online = 3 }, comment = "审批太慢。" }, idempotencyKey: Guid.NewGuid().ToString());
        var rectificationId = rating.GetProperty("rectificationId").GetGuid();

        var supervisor = await http.StaffAsync($"{CompletedCases.Region}-supervisor");
        var rectification = await http.JsonAsync(HttpMethod.Get, $"/api/v1/supervision/rectifications/{rectificationId}", supervisor);
        rectification.GetProperty("state").GetString().ShouldBe("callback-pending");
        rectification.GetProperty("callbackDue").GetString().ShouldBe("2026-09-22");
        rectification.GetProperty("fixDue").GetString().ShouldBe("2026-10-19");

        var dashboard = await http.SendAsync(HttpMethod.Get, "/supervision", supervisor);
        var html = await dashboard.Content.ReadAsStringAsync();
        dashboard.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain(approved.Number);
        html.ShouldContain("<td data-fix-due>2026-10-19</td>");
    }

    [Fact]
    public async Task Should_close_only_after_callback_and_fix_when_the_applicant_re_rates_satisfied()
    {
        var clock = new TestClock(TestClock.At(2026, 9, 21, 10));
        await using var host = await SupervisionHost.StartAsync(clock);
        var http = new Http(host.Host);
        var applicant = await http.ApplicantAsync(CompletedCases.Applicant);
        var approved = await CompletedCases.ApproveAsync(host, http, applicant);
        var rating = await http.JsonAsync(HttpMethod.Post, $"/api/v1/supervision/cases/{approved.Id}/evaluations", applicant,
            new { level = 3, comment = "一般。" }, idempotencyKey: Guid.NewGuid().ToString());
        var id = rating.GetProperty("rectificationId").GetGuid();
        var supervisor = await http.StaffAsync($"{CompletedCases.Region}-supervisor");

        (await Code(await http.SendAsync(HttpMethod.Post, $"/api/v1/supervision/rectifications/{id}/verify", supervisor, new { reason = "已核实" },
            "\"1\""))).ShouldBe("supervision.rectification.not_called_back");
        (await Code(await http.SendAsync(HttpMethod.Post, $"/api/v1/supervision/cases/{approved.Id}/evaluations", applicant, new { level = 1 },
            idempotencyKey: Guid.NewGuid().ToString()))).ShouldBe("supervision.evaluation.already_rated");

        clock.Set(TestClock.At(2026, 9, 22, 9));
        var unit = await http.StaffAsync($"{CompletedCases.Region}-park");
        applicant = await http.ApplicantAsync(CompletedCases.Applicant);
        supervisor = await http.StaffAsync($"{CompletedCases.Region}-supervisor");
        var calledBack = await http.JsonAsync(HttpMethod.Post, $"/api/v1/supervision/rectifications/{id}/callback", unit,
            new { note = "已电话回访申请人，了解到等待时间过长。" }, "\"1\"");
        calledBack.GetProperty("state").GetString().ShouldBe("fixing");
        var fixedUp = await http.JsonAsync(HttpMethod.Post, $"/api/v1/supervision/rectifications/{id}/fix", unit,
            new { note = "已增设帮办窗口。" }, "\"2\"");
        fixedUp.GetProperty("state").GetString().ShouldBe("awaiting-confirmation");

        await http.JsonAsync(HttpMethod.Post, $"/api/v1/supervision/cases/{approved.Id}/evaluations", applicant, new { level = 2, comment = "改进了。" },
            idempotencyKey: Guid.NewGuid().ToString());

        var closed = await http.JsonAsync(HttpMethod.Get, $"/api/v1/supervision/rectifications/{id}", supervisor);
        closed.GetProperty("state").GetString().ShouldBe("closed");
        closed.GetProperty("closedVia").GetString().ShouldBe("re-rating");
        (await host.ScalarAsync<long>(
            "SELECT count(*) FROM calendar.deadlines WHERE subject_id = @id AND closed_at IS NULL", new { id = id.ToString() })).ShouldBe(0);
    }

    [Fact]
    public async Task Should_require_a_reason_when_a_supervisor_verifies_a_rectification_closed()
    {
        await using var host = await SupervisionHost.StartAsync(new TestClock(TestClock.At(2026, 9, 21, 10)));
        var http = new Http(host.Host);
        var applicant = await http.ApplicantAsync(CompletedCases.Applicant);
        var approved = await CompletedCases.ApproveAsync(host, http, applicant);
        var rating = await http.JsonAsync(HttpMethod.Post, $"/api/v1/supervision/cases/{approved.Id}/evaluations", applicant,
            new { level = 5 }, idempotencyKey: Guid.NewGuid().ToString());
        var id = rating.GetProperty("rectificationId").GetGuid();
        var unit = await http.StaffAsync($"{CompletedCases.Region}-park");
        var supervisor = await http.StaffAsync($"{CompletedCases.Region}-supervisor");
        await http.JsonAsync(HttpMethod.Post, $"/api/v1/supervision/rectifications/{id}/callback", unit, new { note = "已回访。" }, "\"1\"");

        var blank = await http.SendAsync(HttpMethod.Post, $"/api/v1/supervision/rectifications/{id}/verify", supervisor, new { reason = " " }, "\"2\"");
        blank.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var verified = await http.JsonAsync(HttpMethod.Post, $"/api/v1/supervision/rectifications/{id}/verify", supervisor,
            new { reason = "申请人拒绝再次评价，经核实已整改到位。" }, "\"2\"");

        verified.GetProperty("state").GetString().ShouldBe("closed");
        verified.GetProperty("closedVia").GetString().ShouldBe("verification");
    }

    private static async Task<string?> Code(HttpResponseMessage response)
    {
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return body.TryGetProperty("code", out var code) ? code.GetString() : null;
    }
}

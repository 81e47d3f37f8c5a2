using System.Net;
using Platform.Testing;

namespace Platform.Cases.Tests.Api;

public sealed class CaseHttpTests
{
    private static object Submission(Guid coreFile, string? applicantId = "440784199001011234") => new
    {
        regionCode = "440784",
        matterCode = TestMatters.PlanningPermit.Code,
        applicant = new { id = applicantId, name = "鹤山市宏达实业有限公司", kind = "enterprise", enterpriseCode = "91440784MA5TEST01X" },
        form = new { 项目名称 = "宏达厂房", 用地面积 = 12000 },
        materials = new[] { new { materialCode = "M01", fileId = coreFile } },
    };

    [Fact]
    public async Task Should_return_the_same_case_when_a_window_submission_is_retried_with_its_idempotency_key()
    {
        await using var api = await CaseApi.StartAsync(TestClock.At(2026, 9, 24, 9));
        var clerk = await api.StaffTokenAsync("440784-clerk");
        var body = Submission(await api.UploadAsync(clerk));

        var first = await api.SendAsync(HttpMethod.Post, "/api/v1/cases", clerk, body, idempotencyKey: "window-001");
        var retry = await api.SendAsync(HttpMethod.Post, "/api/v1/cases", clerk, body, idempotencyKey: "window-001");

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        retry.StatusCode.ShouldBe(HttpStatusCode.OK);
        var created = await CaseApi.JsonAsync(first);
        (await CaseApi.JsonAsync(retry)).GetProperty("case").GetProperty("id").GetGuid().ShouldBe(created.GetProperty("case").GetProperty("id").GetGuid());
        created.GetProperty("case").GetProperty("number").GetString()!.ShouldStartWith("440784-2026-");
        first.Headers.ETag!.Tag.ShouldBe("\"1\"");
    }

    [Fact]
    public async Task Should_answer_a_submission_with_the_case_as_read_afterwards_and_give_a_retry_no_number_of_its_own()
    {
        await using var api = await CaseApi.StartAsync(TestClock.At(2026, 9, 24, 9));
        var clerk = await api.StaffTokenAsync("440784-clerk");
        var body = Submission(await api.UploadAsync(clerk));

        var first = (await CaseApi.JsonAsync(await api.SendAsync(HttpMethod.Post, "/api/v1/cases", clerk, body, idempotencyKey: "window-101")))
            .GetProperty("case");
        var retried = (await CaseApi.JsonAsync(await api.SendAsync(HttpMethod.Post, "/api/v1/cases", clerk, body, idempotencyKey: "window-101")))
            .GetProperty("case");
        var second = (await CaseApi.JsonAsync(await api.SendAsync(HttpMethod.Post, "/api/v1/cases", clerk,
            Submission(await api.UploadAsync(clerk)), idempotencyKey: "window-102"))).GetProperty("case");
        var read = await CaseApi.JsonAsync(await api.SendAsync(HttpMethod.Get, $"/api/v1/cases/{first.GetProperty("id").GetGuid()}", clerk));

        first.GetRawText().ShouldBe(read.GetRawText());
        retried.GetRawText().ShouldBe(read.GetRawText());
        first.GetProperty("materials").GetArrayLength().ShouldBeGreaterThan(0);
        first.GetProperty("timeline").GetArrayLength().ShouldBe(1);
        Sequence(second).ShouldBe(Sequence(first) + 1);
    }

    private static int Sequence(System.Text.Json.JsonElement view) => int.Parse(view.GetProperty("number").GetString()!.Split('-')[^1]);

    [Fact]
    public async Task Should_refuse_a_submission_without_an_idempotency_key_and_write_nothing()
    {
        await using var api = await CaseApi.StartAsync(TestClock.At(2026, 9, 24, 9));
        var clerk = await api.StaffTokenAsync("440784-clerk");

        var response = await api.SendAsync(HttpMethod.Post, "/api/v1/cases", clerk, Submission(await api.UploadAsync(clerk)));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CaseApi.CodeAsync(response)).ShouldBe("request.idempotency_key_required");
        var queue = await CaseApi.JsonAsync(await api.SendAsync(HttpMethod.Get, "/api/v1/cases/queue", clerk));
        queue.GetProperty("total").GetInt64().ShouldBe(0);
    }

    [Fact]
    public async Task Should_accept_with_the_current_version_and_answer_409_to_a_stale_one_and_428_to_none()
    {
        await using var api = await CaseApi.StartAsync(TestClock.At(2026, 9, 24, 9));
        var clerk = await api.StaffTokenAsync("440784-clerk");
        var created = await CaseApi.JsonAsync(await api.SendAsync(HttpMethod.Post, "/api/v1/cases", clerk,
            Submission(await api.UploadAsync(clerk)), idempotencyKey: Guid.NewGuid().ToString()));
        var id = created.GetProperty("case").GetProperty("id").GetGuid();

        var missing = await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/tolerant-accept", clerk, new { commitmentLetterSigned = true });
        var accepted = await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/tolerant-accept", clerk, new { commitmentLetterSigned = true }, ifMatch: "\"1\"");
        var stale = await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/reject", clerk, new { reason = "重复申请" }, ifMatch: "\"1\"");

        missing.StatusCode.ShouldBe((HttpStatusCode)428);
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        accepted.Headers.ETag!.Tag.ShouldBe("\"2\"");
        var view = await CaseApi.JsonAsync(accepted);
        view.GetProperty("deadline").GetProperty("due").GetString().ShouldBe("2026-09-30");
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await CaseApi.CodeAsync(stale)).ShouldBe("case.version.conflict");
    }

    [Fact]
    public async Task Should_let_an_applicant_track_by_number_and_query_code_without_signing_in()
    {
        await using var api = await CaseApi.StartAsync(TestClock.At(2026, 9, 24, 9));
        var applicant = await api.ApplicantTokenAsync("91440784MA0DEMO01X");
        var created = await CaseApi.JsonAsync(await api.SendAsync(HttpMethod.Post, "/api/v1/cases", applicant,
            Submission(await api.UploadAsync(applicant), applicantId: null), idempotencyKey: "online-1"));
        var number = created.GetProperty("case").GetProperty("number").GetString();
        var queryCode = created.GetProperty("queryCode").GetString();

        var tracked = await api.SendAsync(HttpMethod.Get, $"/api/v1/cases/track?number={number}&queryCode={queryCode}", null);
        var wrongCode = await api.SendAsync(HttpMethod.Get, $"/api/v1/cases/track?number={number}&queryCode=AAAAAAAA", null);
        var mine = await CaseApi.JsonAsync(await api.SendAsync(HttpMethod.Get, "/api/v1/cases/mine", applicant));

        tracked.StatusCode.ShouldBe(HttpStatusCode.OK);
        var view = await CaseApi.JsonAsync(tracked);
        var name = created.GetProperty("case").GetProperty("applicantName").GetString()!;
        view.GetProperty("applicantName").GetString().ShouldBe(name[0] + new string('*', name.Length - 2) + name[^1]);
        view.GetProperty("nextForApplicant").GetString()!.ShouldContain("等待窗口受理");
        wrongCode.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        mine.GetProperty("items")[0].GetProperty("number").GetString().ShouldBe(number);
    }

    [Fact]
    public async Task Should_hide_a_heshan_case_from_yandu_staff_and_refuse_review_by_a_unit_it_is_not_routed_to()
    {
        await using var api = await CaseApi.StartAsync(TestClock.At(2026, 9, 24, 9));
        var clerk = await api.StaffTokenAsync("440784-clerk");
        var created = await CaseApi.JsonAsync(await api.SendAsync(HttpMethod.Post, "/api/v1/cases", clerk,
            Submission(await api.UploadAsync(clerk)), idempotencyKey: "k1"));
        var id = created.GetProperty("case").GetProperty("id").GetGuid();
        await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/tolerant-accept", clerk, new { commitmentLetterSigned = true }, ifMatch: "\"1\"");

        var yandu = await api.StaffTokenAsync("320903-clerk");
        (await api.SendAsync(HttpMethod.Get, $"/api/v1/cases/{id}", yandu)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/reject", yandu, new { reason = "x" }, ifMatch: "\"2\""))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var otherUnit = await api.ReviewerTokenAsync("fgj");
        var refused = await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/review", otherUnit, new { agrees = true, opinion = "同意" }, ifMatch: "\"2\"");
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var routed = await api.ReviewerTokenAsync("zrzy");
        var queue = await CaseApi.JsonAsync(await api.SendAsync(HttpMethod.Get, "/api/v1/cases/queue", routed));
        queue.GetProperty("items")[0].GetProperty("warning").GetString().ShouldBe("Normal");
        var reviewed = await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/review", routed, new { agrees = true, opinion = "符合规划条件" }, ifMatch: "\"2\"");
        reviewed.StatusCode.ShouldBe(HttpStatusCode.OK, await reviewed.Content.ReadAsStringAsync());
    }
}

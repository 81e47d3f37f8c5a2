using System.Net;
using System.Text.Json;
using Platform.Cases.Tests.Api;
using Platform.Testing;

namespace Platform.Cases.Tests.Verification;

/// <summary>The post-verification and the suspension rules through the API and the case page, as the units use them.</summary>
public sealed class VerificationHttpTests
{
    [Fact]
    public async Task Should_leave_every_queue_when_the_verifying_unit_finds_the_commitment_false()
    {
        await using var api = await CaseApi.StartAsync(TestClock.At(2026, 9, 14, 9));
        var clerk = await api.StaffTokenAsync("440784-clerk");
        var id = await SubmitAsync(api, clerk, TestMatters.FireDesignReview.Code, [new { materialCode = "F01", fileId = await api.UploadAsync(clerk) }]);
        (await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/accept-on-commitment", clerk, new { commitmentLetterSigned = true }, ifMatch: "\"1\""))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var verifier = await api.ReviewerTokenAsync("zjj", displayName: "住建局核查员");
        Ids(await CaseApi.JsonAsync(await api.SendAsync(HttpMethod.Get, "/api/v1/cases/verifications", verifier))).ShouldBe([id]);
        var page = await (await api.SendAsync(HttpMethod.Get, $"/cases/{id}", verifier)).Content.ReadAsStringAsync();
        page.ShouldContain("data-action=\"RecordVerification\"");

        var otherUnit = await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/verification", await api.ReviewerTokenAsync("zrzy"),
            new { verified = true }, ifMatch: "\"2\"");
        otherUnit.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var revoked = await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/verification", verifier,
            new { verified = false, findings = "消防车道未按承诺设置" }, ifMatch: "\"2\"");

        revoked.StatusCode.ShouldBe(HttpStatusCode.OK, await revoked.Content.ReadAsStringAsync());
        var view = await CaseApi.JsonAsync(revoked);
        view.GetProperty("state").GetString().ShouldBe("Revoked");
        view.GetProperty("postVerification").GetProperty("resultName").GetString().ShouldBe("承诺不实");
        Ids(await CaseApi.JsonAsync(await api.SendAsync(HttpMethod.Get, "/api/v1/cases/verifications", verifier))).ShouldBeEmpty();
        Ids(await CaseApi.JsonAsync(await api.SendAsync(HttpMethod.Get, "/api/v1/cases/queue?pageSize=100", verifier))).ShouldNotContain(id);
        Ids(await CaseApi.JsonAsync(await api.SendAsync(HttpMethod.Get, "/api/v1/cases/queue?pageSize=100", clerk))).ShouldNotContain(id);
        var after = await (await api.SendAsync(HttpMethod.Get, $"/cases/{id}", verifier)).Content.ReadAsStringAsync();
        after.ShouldContain("消防车道未按承诺设置");
        after.ShouldNotContain("data-action=\"RecordVerification\"");
    }

    [Fact]
    public async Task Should_answer_422_problem_json_to_a_suspension_for_a_procedure_the_matter_does_not_declare()
    {
        await using var api = await CaseApi.StartAsync(TestClock.At(2026, 9, 14, 9));
        var clerk = await api.StaffTokenAsync("440784-clerk");
        var id = await SubmitAsync(api, clerk, TestMatters.PlanningPermit.Code, [new { materialCode = "M01", fileId = await api.UploadAsync(clerk) }]);
        (await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/tolerant-accept", clerk, new { commitmentLetterSigned = true }, ifMatch: "\"1\""))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var reviewer = await api.ReviewerTokenAsync("zrzy");

        var refused = await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/suspend", reviewer, new { procedure = "Survey", reason = "现场勘查" },
            ifMatch: "\"2\"");

        refused.StatusCode.ShouldBe((HttpStatusCode)422);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await CaseApi.CodeAsync(refused)).ShouldBe("case.suspension.procedure_not_declared");
        var suspended = await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/suspend", reviewer, new { procedure = "PublicNotice", reason = "批前公示" },
            ifMatch: "\"2\"");
        suspended.StatusCode.ShouldBe(HttpStatusCode.OK, await suspended.Content.ReadAsStringAsync());
        (await CaseApi.JsonAsync(suspended)).GetProperty("suspensions")[0].GetProperty("due").GetString().ShouldBe("2026-09-21");
    }

    private static IEnumerable<Guid> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();

    private static async Task<Guid> SubmitAsync(CaseApi api, string clerk, string matterCode, object[] materials)
    {
        var created = await api.SendAsync(HttpMethod.Post, "/api/v1/cases", clerk, new
        {
            regionCode = "440784", matterCode,
            applicant = new { id = "91440784MA5VERIF1X", name = "鹤山市核查测试有限公司", kind = "enterprise", enterpriseCode = "91440784MA5VERIF1X" },
            materials,
        }, idempotencyKey: Guid.NewGuid().ToString());
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await CaseApi.JsonAsync(created)).GetProperty("case").GetProperty("id").GetGuid();
    }
}

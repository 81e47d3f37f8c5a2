using System.Net;
using Platform.Testing;

namespace Platform.Cases.Tests.Api;

/// <summary>Tracking without signing in shows what a public progress page shows, and nothing personal.</summary>
public sealed class PublicTrackingTests
{
    private const string IdNumber = "44078419850312451X";
    private const string ApplicantName = "张三丰";
    private const string Phone = "13912345678";
    private const string Address = "鹤山市沙坪街道人民路88号";
    private const string Reviewer = "欧阳建国";
    private const string Opinion = "经欧阳建国现场核查，符合规划条件";

    [Fact]
    public async Task Should_show_no_personal_data_of_the_applicant_or_the_staff_when_a_case_is_tracked_without_signing_in()
    {
        await using var api = await CaseApi.StartAsync(TestClock.At(2026, 9, 24, 9));
        var clerk = await api.StaffTokenAsync("440784-clerk");
        var file = await api.UploadAsync(clerk);
        var created = await CaseApi.JsonAsync(await api.SendAsync(HttpMethod.Post, "/api/v1/cases", clerk, new
        {
            regionCode = "440784", matterCode = TestMatters.PlanningPermit.Code,
            applicant = new { id = IdNumber, name = ApplicantName, kind = "citizen" },
            form = new { 联系电话 = Phone, 送达地址 = Address },
            materials = new[] { new { materialCode = "M01", fileId = file } },
        }, idempotencyKey: "track-personal"));
        var id = created.GetProperty("case").GetProperty("id").GetGuid();
        (await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/tolerant-accept", clerk, new { commitmentLetterSigned = true }, ifMatch: "\"1\""))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var reviewer = await api.ReviewerTokenAsync("zrzy", "DepartmentLeader", Reviewer);
        (await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/review", reviewer, new { agrees = true, opinion = Opinion }, ifMatch: "\"2\""))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var decided = await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/decide", reviewer,
            new { approve = true, reasons = Opinion, legalBasis = "《中华人民共和国行政许可法》第三十八条" }, ifMatch: "\"3\"");
        decided.StatusCode.ShouldBe(HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());
        var dispatched = await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/deliver", clerk,
            new { method = "Courier", trackingNumber = "SF1234567890", note = $"{Address} {ApplicantName} {Phone}" }, ifMatch: "\"4\"");
        dispatched.StatusCode.ShouldBe(HttpStatusCode.OK, await dispatched.Content.ReadAsStringAsync());
        var query = $"number={created.GetProperty("case").GetProperty("number").GetString()}";
        var code = created.GetProperty("queryCode").GetString();

        var answer = await api.SendAsync(HttpMethod.Get, $"/api/v1/cases/track?{query}&queryCode={code}", null);
        var page = await api.Host.Http.GetStringAsync($"/track?{query}&code={code}");

        answer.StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var shown in new[] { await answer.Content.ReadAsStringAsync(), page })
        {
            foreach (var personal in new[] { IdNumber, ApplicantName, Phone, Address, file.ToString(), Reviewer, Opinion, "SF1234567890", "zrzy" })
                shown.ShouldNotContain(personal);
            shown.ShouldContain("张*丰");
            shown.ShouldContain("鹤山市自然资源局");
            shown.ShouldContain(TestMatters.PlanningPermit.Name);
        }
    }
}

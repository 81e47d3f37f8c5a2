using System.Net;
using Platform.Testing;

namespace Platform.Cases.Tests.Api;

public sealed class IncompleteApplicationTests
{
    [Fact]
    public async Task Should_refuse_an_online_application_listing_every_required_material_it_lacks_and_create_no_case()
    {
        await using var api = await CaseApi.StartAsync(TestClock.At(2026, 9, 24, 9));
        var applicant = await api.ApplicantTokenAsync("91440784MA0DEMO01X");

        var refused = await api.SendAsync(HttpMethod.Post, "/api/v1/cases", applicant,
            new { regionCode = "440784", matterCode = TestMatters.SealEngraving.Code, form = new { 项目名称 = "公章刻制" } },
            idempotencyKey: Guid.NewGuid().ToString());

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        refused.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = await CaseApi.JsonAsync(refused);
        problem.GetProperty("code").GetString().ShouldBe("case.application.incomplete");
        var errors = problem.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldBe(["materials.B01", "materials.B02"], ignoreOrder: true);
        errors.GetProperty("materials.B01")[0].GetString()!.ShouldContain("营业执照");
        var mine = await CaseApi.JsonAsync(await api.SendAsync(HttpMethod.Get, "/api/v1/cases/mine", applicant));
        mine.GetProperty("total").GetInt64().ShouldBe(0);
    }

    [Fact]
    public async Task Should_ask_an_online_applicant_only_for_core_materials_when_the_matter_allows_tolerant_acceptance()
    {
        await using var api = await CaseApi.StartAsync(TestClock.At(2026, 9, 24, 9));
        var applicant = await api.ApplicantTokenAsync("91440784MA0DEMO01X");

        var refused = await api.SendAsync(HttpMethod.Post, "/api/v1/cases", applicant,
            new { regionCode = "440784", matterCode = TestMatters.PlanningPermit.Code, materials = new[] { new { materialCode = "M02", fileId = await api.UploadAsync(applicant) } } },
            idempotencyKey: Guid.NewGuid().ToString());
        var accepted = await api.SendAsync(HttpMethod.Post, "/api/v1/cases", applicant,
            new { regionCode = "440784", matterCode = TestMatters.PlanningPermit.Code, materials = new[] { new { materialCode = "M01", fileId = await api.UploadAsync(applicant) } } },
            idempotencyKey: Guid.NewGuid().ToString());

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await CaseApi.JsonAsync(refused)).GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["materials.M01"]);
        accepted.StatusCode.ShouldBe(HttpStatusCode.Created, await accepted.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_refuse_a_window_application_naming_every_missing_applicant_field_at_once_and_create_no_case()
    {
        await using var api = await CaseApi.StartAsync(TestClock.At(2026, 9, 24, 9));
        var clerk = await api.StaffTokenAsync("440784-clerk");

        var refused = await api.SendAsync(HttpMethod.Post, "/api/v1/cases", clerk,
            new { regionCode = "440784", matterCode = TestMatters.PlanningPermit.Code, applicant = new { id = " " } },
            idempotencyKey: Guid.NewGuid().ToString());

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        refused.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = await CaseApi.JsonAsync(refused);
        problem.GetProperty("code").GetString().ShouldBe("request.field_invalid");
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["applicant.id", "applicant.name", "applicant.kind"], ignoreOrder: true);
        var queue = await CaseApi.JsonAsync(await api.SendAsync(HttpMethod.Get, "/api/v1/cases/queue", clerk));
        queue.GetProperty("total").GetInt64().ShouldBe(0);
    }
}

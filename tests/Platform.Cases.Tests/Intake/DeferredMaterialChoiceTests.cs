using System.Net;
using System.Text.Json;
using Platform.Cases.Tests.Api;
using Platform.Testing;

namespace Platform.Cases.Tests.Intake;

/// <summary>Tolerant acceptance defers the materials the clerk ticks: every missing non-core one, and any handed in that is set aside.</summary>
public sealed class DeferredMaterialChoiceTests
{
    [Fact]
    public async Task Should_defer_exactly_the_ticked_materials_when_the_clerk_ticks_a_handed_in_one_besides_the_missing_ones()
    {
        await using var api = await CaseApi.StartAsync(TestClock.At(2026, 9, 24, 9));
        var clerk = await api.StaffTokenAsync("440784-clerk");
        var id = await SubmitAsync(api, clerk, "M01", "M02", "M03");
        var missing = Enumerable.Range(4, 9).Select(i => $"M{i:D2}").ToArray();

        var accepted = await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/tolerant-accept", clerk,
            new { commitmentLetterSigned = true, deferredMaterials = missing.Append("M02").ToArray() }, ifMatch: "\"1\"");

        accepted.StatusCode.ShouldBe(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        var materials = (await CaseApi.JsonAsync(accepted)).GetProperty("materials").EnumerateArray().ToList();
        Deferred(materials).ShouldBe(missing.Append("M02").Order(), ignoreOrder: true);
        materials.Single(m => m.GetProperty("code").GetString() == "M03").GetProperty("status").GetString().ShouldBe("Provided");
    }

    [Theory]
    [InlineData(new[] { "M05", "M06" }, "case.intake.deferred_incomplete", 422)]
    [InlineData(new[] { "M01", "M04", "M05", "M06", "M07", "M08", "M09", "M10", "M11", "M12" }, "case.intake.core_not_deferrable", 422)]
    [InlineData(new[] { "X99" }, "case.intake.deferred_unknown", 400)]
    public async Task Should_refuse_tolerant_acceptance_and_keep_the_case_waiting_when_the_ticked_materials_break_the_rule(
        string[] ticked, string code, int status)
    {
        await using var api = await CaseApi.StartAsync(TestClock.At(2026, 9, 24, 9));
        var clerk = await api.StaffTokenAsync("440784-clerk");
        var id = await SubmitAsync(api, clerk, "M01", "M02", "M03");

        var refused = await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/tolerant-accept", clerk,
            new { commitmentLetterSigned = true, deferredMaterials = ticked }, ifMatch: "\"1\"");

        ((int)refused.StatusCode).ShouldBe(status);
        (await CaseApi.CodeAsync(refused)).ShouldBe(code);
        var view = await CaseApi.JsonAsync(await api.SendAsync(HttpMethod.Get, $"/api/v1/cases/{id}", clerk));
        view.GetProperty("state").GetString().ShouldBe("Submitted");
        Deferred(view.GetProperty("materials").EnumerateArray().ToList()).ShouldBeEmpty();
    }

    private static IEnumerable<string> Deferred(IEnumerable<JsonElement> materials) =>
        materials.Where(m => m.GetProperty("status").GetString() == "Deferred").Select(m => m.GetProperty("code").GetString()!).ToList();

    private static async Task<Guid> SubmitAsync(CaseApi api, string clerk, params string[] codes)
    {
        var materials = new List<object>();
        foreach (var code in codes) materials.Add(new { materialCode = code, fileId = await api.UploadAsync(clerk) });
        var created = await api.SendAsync(HttpMethod.Post, "/api/v1/cases", clerk, new
        {
            regionCode = "440784", matterCode = TestMatters.PlanningPermit.Code,
            applicant = new { id = "91440784MA5DEFER1X", name = "鹤山市容缺测试有限公司", kind = "enterprise" }, materials,
        }, idempotencyKey: Guid.NewGuid().ToString());
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await CaseApi.JsonAsync(created)).GetProperty("case").GetProperty("id").GetGuid();
    }
}

using System.Net;
using System.Text.Json;
using Platform.Cases.Contracts;
using Platform.Testing;

namespace Platform.Plugins.Yandu.Tests.Inspections;

[Collection(nameof(YanduHost))]
public sealed class RandomInspectionTests(YanduHost yandu)
{
    /// <summary>JC001 is related to DEMO01X and JC004 to DEMO02X (Seed/inspectors.yaml); JC005 is not qualified.</summary>
    private static readonly Dictionary<string, string> Conflicts = new() { ["91320903MA0DEMO01X"] = "JC001", ["91320903MA0DEMO02X"] = "JC004" };

    [Fact]
    public async Task Should_draw_the_same_targets_and_inspectors_from_the_same_seed_and_never_a_related_inspector()
    {
        yandu.Clock.Set(TestClock.At(2026, 11, 9, 10));
        var clerk = await yandu.StaffTokenAsync("clerk");
        foreach (var (code, name) in new[] { ("91320903MA0DEMO01X", "盐都区演示企业有限公司"), ("91320903MA0DEMO02X", "盐城市盐都区锦程机械有限公司"),
                     ("91320903MA0RAND03X", "盐都随机三号有限公司"), ("91320903MA0RAND04X", "盐都随机四号有限公司") })
            await ApproveAsync(clerk, code, name);
        var seed = $"yandu-{Guid.NewGuid():N}";
        var supervisor = await yandu.StaffTokenAsync("supervisor");
        var request = new { name = "2026年第四季度企业登记事项抽查", seed, targetCount = 4, inspectorsPerTarget = 2 };

        var (status, first) = await yandu.SendAsync(HttpMethod.Post, "/api/v1/yandu/inspection-plans", supervisor, request, idempotencyKey: Guid.NewGuid().ToString());
        status.ShouldBe(HttpStatusCode.OK, first.ToString());
        var (_, second) = await yandu.SendAsync(HttpMethod.Post, "/api/v1/yandu/inspection-plans", supervisor, request, idempotencyKey: Guid.NewGuid().ToString());

        first.GetProperty("reproducible").GetBoolean().ShouldBeTrue();
        first.GetProperty("seed").GetString().ShouldBe(seed);
        Draw(second).ShouldBe(Draw(first));
        foreach (var target in first.GetProperty("targets").EnumerateArray())
        {
            var inspectors = target.GetProperty("inspectors").EnumerateArray().Select(i => i.GetString()).ToList();
            inspectors.ShouldNotContain("JC005");
            if (Conflicts.TryGetValue(target.GetProperty("enterpriseCode").GetString()!, out var related)) inspectors.ShouldNotContain(related);
        }
    }

    [Fact]
    public async Task Should_publish_a_recorded_inspection_result()
    {
        yandu.Clock.Set(TestClock.At(2026, 11, 10, 10));
        var clerk = await yandu.StaffTokenAsync("clerk");
        var enterprise = $"91320903MA0P{Random.Shared.Next(100000, 999999)}X";
        await ApproveAsync(clerk, enterprise, "盐都公示测试有限公司");
        var supervisor = await yandu.StaffTokenAsync("supervisor");
        var (_, plan) = await yandu.SendAsync(HttpMethod.Post, "/api/v1/yandu/inspection-plans", supervisor,
            new { name = "公示测试抽查", targetCount = 1, inspectorsPerTarget = 1 }, idempotencyKey: Guid.NewGuid().ToString());
        var planId = plan.GetProperty("id").GetGuid();
        var target = plan.GetProperty("targets")[0].GetProperty("enterpriseCode").GetString();

        var (status, recorded) = await yandu.SendAsync(HttpMethod.Post, $"/api/v1/yandu/inspection-plans/{planId}/targets/1/result", supervisor,
            new { result = "责令整改", findings = $"公示核查 {planId}" });

        status.ShouldBe(HttpStatusCode.OK, recorded.ToString());
        var (_, published) = await yandu.SendAsync(HttpMethod.Get, $"/api/v1/regions/{YanduHost.Region}/inspection-results?pageSize=100", null);
        published.EnumerateArray().ShouldContain(r => r.GetProperty("findings").GetString() == $"公示核查 {planId}"
                                                     && r.GetProperty("enterpriseCode").GetString() == target);
    }

    private static List<string> Draw(JsonElement plan) =>
        plan.GetProperty("targets").EnumerateArray()
            .Select(t => t.GetProperty("enterpriseCode").GetString() + ":" + string.Join(",", t.GetProperty("inspectors").EnumerateArray().Select(i => i.GetString())))
            .ToList();

    private async Task ApproveAsync(string clerk, string enterpriseCode, string name)
    {
        var submitted = await yandu.SubmitAsync(clerk, YanduHost.CompanyRegistration,
            new { id = enterpriseCode, name, kind = "enterprise", enterpriseCode }, "M01", "M02", "M03", "M04");
        var id = submitted.GetProperty("id").GetGuid();
        var (_, accepted) = await yandu.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/accept", clerk, ifMatch: 1);
        var workflow = yandu.Get<ICaseWorkflow>();
        var reviewed = await workflow.CompleteReviewStepAsync(id, accepted.GetProperty("version").GetInt32(), true, "符合", YanduHost.MarketReviewer, default);
        await workflow.DecideAsync(id, reviewed.Version, true, "准予", null, YanduHost.MarketReviewer, default);
    }
}

using System.Net;
using System.Text.Json;
using Platform.Cases.Tests.Api;
using Platform.Testing;

namespace Platform.Cases.Tests.Demo;

/// <summary>The demo reviewer and leader of every region sit where the README's example matter is handled, so its case reaches them.</summary>
public sealed class DemoReviewerTests
{
    public static TheoryData<string, string> Examples => new()
    {
        { "440784", "11440784MB0000011X000172001000" }, // 鹤山 建设用地规划许可证核发
        { "320903", "11320903MB0000021X000105001000" }, // 盐都 公司设立登记
        { "210300", "11210300MB0000031X000172001000" }, // 鞍山 建设用地规划许可证核发
        { "430600", "11430600MB0000041X000105001000" }, // 岳阳 企业开办的企业设立登记
        { "430682", "11430682MB0000053X000105001000" }, // 临湘 企业设立登记
    };

    [Fact]
    public async Task Should_reach_the_demo_reviewers_queue_and_be_decided_by_the_demo_leader_when_each_regions_example_case_is_accepted()
    {
        await using var host = await PlatformTestHost.StartAsync("demo", "--Identity:SignInPerMinute=100000");
        var api = new CaseApiClient(host);

        foreach (var (region, matter) in Examples.Select(e => ((string)e[0], (string)e[1])))
        {
            var clerk = await api.StaffTokenAsync($"{region}-clerk");
            var id = await AcceptedAsync(api, clerk, region, matter);
            var reviewer = await api.StaffTokenAsync($"{region}-reviewer");
            var leader = await api.StaffTokenAsync($"{region}-leader");

            var queue = await api.JsonAsync(await api.SendAsync(HttpMethod.Get, "/api/v1/cases/queue?pageSize=100", reviewer));
            queue.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldContain(id, $"{region}-reviewer's queue");
            var reviewed = await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/review", reviewer, new { agrees = true, opinion = "材料齐全，符合条件" },
                ifMatch: "\"2\"");
            reviewed.StatusCode.ShouldBe(HttpStatusCode.OK, $"{region}: {await reviewed.Content.ReadAsStringAsync()}");
            var decided = await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/decide", leader, new { approve = true, reasons = "符合法定条件" },
                ifMatch: "\"3\"");
            decided.StatusCode.ShouldBe(HttpStatusCode.OK, $"{region}: {await decided.Content.ReadAsStringAsync()}");
            (await api.JsonAsync(decided)).GetProperty("state").GetString().ShouldBe("Approved");
        }
    }

    private static async Task<Guid> AcceptedAsync(CaseApiClient api, string clerk, string region, string matter)
    {
        var created = await api.SendAsync(HttpMethod.Post, "/api/v1/cases", clerk, new
        {
            regionCode = region, matterCode = matter,
            applicant = new { id = $"91{region}MA5EXAMPLE", name = "示例企业有限公司", kind = "enterprise" },
            materials = await api.RequiredMaterialsAsync(clerk, region, matter),
        }, idempotencyKey: Guid.NewGuid().ToString());
        created.StatusCode.ShouldBe(HttpStatusCode.Created, $"{region}: {await created.Content.ReadAsStringAsync()}");
        var id = (await api.JsonAsync(created)).GetProperty("case").GetProperty("id").GetGuid();
        var accepted = await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/accept", clerk, ifMatch: "\"1\"");
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK, $"{region}: {await accepted.Content.ReadAsStringAsync()}");
        return id;
    }
}

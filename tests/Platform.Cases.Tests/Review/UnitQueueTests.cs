using System.Net;
using System.Text.Json;
using Platform.Cases.Tests.Api;
using Platform.Identity.Contracts;
using Platform.Testing;

namespace Platform.Cases.Tests.Review;

public sealed class UnitQueueTests
{
    [Fact]
    public async Task Should_list_a_units_open_cases_due_first_once_each_across_pages_with_their_count()
    {
        await using var api = await CaseApi.StartAsync(TestClock.At(2026, 9, 24, 9));
        var clerk = await api.StaffTokenAsync("440784-clerk");
        var waiting = await PlanningPermitAsync(api, clerk);
        var dueLater = await PlanningPermitAsync(api, clerk);
        var dueFirst = await PlanningPermitAsync(api, clerk);
        var rejected = await PlanningPermitAsync(api, clerk);
        await TolerantAcceptAsync(api, clerk, dueFirst);
        api.Clock.Advance(TimeSpan.FromDays(4));
        clerk = await api.StaffTokenAsync("440784-clerk");
        await TolerantAcceptAsync(api, clerk, dueLater);
        (await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{rejected}/reject", clerk, new { reason = "不属于本部门职权" }, ifMatch: "\"1\""))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var seal = await SealEngravingAcceptedAsync(api, clerk);
        await PoliceUnitAsync(api);

        var planning = await api.ReviewerTokenAsync("zrzy");
        var pages = new List<JsonElement>();
        for (var page = 1; page <= 4; page++)
            pages.Add(await CaseApi.JsonAsync(await api.SendAsync(HttpMethod.Get, $"/api/v1/cases/queue?page={page}&pageSize=1", planning)));
        var whole = await CaseApi.JsonAsync(await api.SendAsync(HttpMethod.Get, "/api/v1/cases/queue?pageSize=20", planning));
        var farPastTheEnd = await api.SendAsync(HttpMethod.Get, $"/api/v1/cases/queue?page={int.MaxValue}&pageSize=100", planning);
        var police = await CaseApi.JsonAsync(await api.SendAsync(HttpMethod.Get, "/api/v1/cases/queue", await api.ReviewerTokenAsync("gaj")));
        var market = await CaseApi.JsonAsync(await api.SendAsync(HttpMethod.Get, "/api/v1/cases/queue", await api.ReviewerTokenAsync("scjg")));

        Ids(whole).ShouldBe([dueFirst, dueLater, waiting]);
        whole.GetProperty("total").GetInt64().ShouldBe(3);
        pages.SelectMany(Ids).ShouldBe([dueFirst, dueLater, waiting]);
        pages.Select(p => p.GetProperty("total").GetInt64()).ShouldAllBe(total => total == 3);
        farPastTheEnd.StatusCode.ShouldBe(HttpStatusCode.OK);
        Ids(await CaseApi.JsonAsync(farPastTheEnd)).ShouldBeEmpty();
        Ids(police).ShouldBe([seal]);
        police.GetProperty("total").GetInt64().ShouldBe(1);
        Ids(market).ShouldBe([seal]);
        market.GetProperty("total").GetInt64().ShouldBe(1);
    }

    /// <summary>The demo 鹤山 has no police bureau; seal engraving is reviewed by one (<see cref="TestMatters.SealEngraving"/>).</summary>
    private static async Task PoliceUnitAsync(CaseApi api)
    {
        var government = await api.Host.Get<IOrganisationDirectory>().FindUnitAsync("440784", "gov", CancellationToken.None);
        var created = await api.SendAsync(HttpMethod.Post, "/api/v1/identity/units", await api.StaffTokenAsync("440784-admin"),
            new { regionCode = "440784", code = "gaj", name = "鹤山市公安局", kind = "Bureau", parentId = government!.Id });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
    }

    private static IEnumerable<Guid> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();

    private static async Task<Guid> PlanningPermitAsync(CaseApi api, string clerk) =>
        await SubmitAsync(api, clerk, TestMatters.PlanningPermit.Code, [new { materialCode = "M01", fileId = await api.UploadAsync(clerk) }]);

    private static async Task TolerantAcceptAsync(CaseApi api, string clerk, Guid id) =>
        (await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/tolerant-accept", clerk, new { commitmentLetterSigned = true }, ifMatch: "\"1\""))
        .StatusCode.ShouldBe(HttpStatusCode.OK);

    /// <summary>A seal engraving case: handled by the market regulator, reviewed by it and by the police.</summary>
    private static async Task<Guid> SealEngravingAcceptedAsync(CaseApi api, string clerk)
    {
        var id = await SubmitAsync(api, clerk, TestMatters.SealEngraving.Code,
        [
            new { materialCode = "B01", fileId = await api.UploadAsync(clerk) }, new { materialCode = "B02", fileId = await api.UploadAsync(clerk) },
        ]);
        var accepted = await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/accept", clerk, ifMatch: "\"1\"");
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        return id;
    }

    private static async Task<Guid> SubmitAsync(CaseApi api, string clerk, string matterCode, object[] materials)
    {
        var created = await api.SendAsync(HttpMethod.Post, "/api/v1/cases", clerk, new
        {
            regionCode = "440784", matterCode,
            applicant = new { id = "91440784MA5QUEUE1X", name = "鹤山市队列测试有限公司", kind = "enterprise" },
            materials,
        }, idempotencyKey: Guid.NewGuid().ToString());
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await CaseApi.JsonAsync(created)).GetProperty("case").GetProperty("id").GetGuid();
    }
}

using System.Net;
using System.Text.Json;
using Platform.Cases.Tests.Api;
using Platform.Testing;

namespace Platform.Cases.Tests.Review;

/// <summary>A unit's queue filtered by state, matter and due level, searched by number and applicant, sorted by due date.</summary>
public sealed class QueueFilterTests
{
    [Fact]
    public async Task Should_filter_search_and_sort_a_units_queue_on_the_server_when_the_reviewer_asks()
    {
        await using var api = await CaseApi.StartAsync(TestClock.At(2026, 9, 21, 9));
        var overdue = await AcceptedAsync(api, "鹤山市逾期测试有限公司");
        api.Clock.Set(TestClock.At(2026, 9, 24, 9));
        var dueToday = await AcceptedAsync(api, "鹤山市今日到期有限公司");
        var waiting = await SubmittedAsync(api, await api.StaffTokenAsync("440784-clerk"), "鹤山市待受理有限公司");
        api.Clock.Set(TestClock.At(2026, 9, 28, 9));
        var later = await AcceptedAsync(api, "鹤山市期限较远有限公司");
        api.Clock.Set(TestClock.At(2026, 9, 30, 10));
        var reviewer = await api.ReviewerTokenAsync("zrzy");

        var whole = await QueueAsync(api, reviewer, "");
        var number = whole.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == dueToday).GetProperty("number").GetString()!;

        Ids(whole).ShouldBe([overdue, dueToday, later, waiting]);
        Ids(await QueueAsync(api, reviewer, "sort=-due")).ShouldBe([later, dueToday, overdue, waiting]);
        Ids(await QueueAsync(api, reviewer, "due=overdue")).ShouldBe([overdue]);
        Ids(await QueueAsync(api, reviewer, "due=red")).ShouldBe([dueToday]);
        foreach (var level in new[] { "normal", "yellow" })
            Ids(await QueueAsync(api, reviewer, $"due={level}")).ShouldBe(Warned(whole, level));
        (await QueueAsync(api, reviewer, "due=overdue")).GetProperty("total").GetInt64().ShouldBe(1);
        Ids(await QueueAsync(api, reviewer, "state=Submitted")).ShouldBe([waiting]);
        Ids(await QueueAsync(api, reviewer, "state=UnderReview&sort=-due")).ShouldBe([later, dueToday, overdue]);
        Ids(await QueueAsync(api, reviewer, $"matter={TestMatters.PlanningPermit.Code}")).Count.ShouldBe(4);
        Ids(await QueueAsync(api, reviewer, $"matter={TestMatters.SealEngraving.Code}")).ShouldBeEmpty();
        Ids(await QueueAsync(api, reviewer, $"q={Uri.EscapeDataString(number)}")).ShouldBe([dueToday]);
        Ids(await QueueAsync(api, reviewer, $"q={Uri.EscapeDataString("逾期测试")}")).ShouldBe([overdue]);
        Ids(await QueueAsync(api, reviewer, $"q={Uri.EscapeDataString("%")}")).ShouldBeEmpty();
        Ids(await QueueAsync(api, reviewer, $"q={Uri.EscapeDataString("有限公司")}&due=red")).ShouldBe([dueToday]);
    }

    [Theory]
    [InlineData("state=Delivered", "case.queue.state_invalid")]
    [InlineData("due=purple", "case.queue.due_invalid")]
    [InlineData("sort=name", "case.queue.sort_invalid")]
    public async Task Should_answer_400_naming_the_rule_when_a_queue_filter_is_not_one_the_queue_knows(string query, string code)
    {
        await using var api = await CaseApi.StartAsync(TestClock.At(2026, 9, 24, 9));

        var response = await api.SendAsync(HttpMethod.Get, $"/api/v1/cases/queue?{query}", await api.ReviewerTokenAsync("zrzy"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CaseApi.CodeAsync(response)).ShouldBe(code);
    }

    [Fact]
    public async Task Should_leave_the_reviewers_queue_when_a_case_is_decided_or_its_decision_revoked()
    {
        await using var api = await CaseApi.StartAsync(TestClock.At(2026, 9, 24, 9));
        var approved = await AcceptedAsync(api, "鹤山市准予测试有限公司");
        var refused = await AcceptedAsync(api, "鹤山市不予测试有限公司");
        var revoked = await AcceptedAsync(api, "鹤山市撤销测试有限公司");
        var open = await AcceptedAsync(api, "鹤山市审查中有限公司");
        var reviewer = await api.ReviewerTokenAsync("zrzy");
        var leader = await api.ReviewerTokenAsync("zrzy", "DepartmentLeader");
        Ids(await QueueAsync(api, reviewer, "")).Count.ShouldBe(4);

        await DecideAsync(api, reviewer, approved, approve: true);
        await DecideAsync(api, reviewer, refused, approve: false);
        await DecideAsync(api, reviewer, revoked, approve: true);
        var revoke = await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{revoked}/revoke", leader,
            new { kind = "revoke", legalGround = "《行政许可法》第六十九条" }, ifMatch: "\"4\"");
        revoke.StatusCode.ShouldBe(HttpStatusCode.OK, await revoke.Content.ReadAsStringAsync());

        var queue = await QueueAsync(api, reviewer, "");
        Ids(queue).ShouldBe([open]);
        queue.GetProperty("total").GetInt64().ShouldBe(1);
        Ids(await QueueAsync(api, leader, "")).ShouldBe([open]);
    }

    private static async Task DecideAsync(CaseApi api, string reviewer, Guid id, bool approve)
    {
        var reviewed = await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/review", reviewer,
            new { agrees = approve, opinion = approve ? "符合规划条件" : "不符合规划条件" }, ifMatch: "\"2\"");
        reviewed.StatusCode.ShouldBe(HttpStatusCode.OK, await reviewed.Content.ReadAsStringAsync());
        var decided = await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/decide", reviewer,
            new { approve, reasons = approve ? "符合法定条件" : "不符合规划条件", legalBasis = "《城乡规划法》第三十八条" }, ifMatch: "\"3\"");
        decided.StatusCode.ShouldBe(HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());
    }

    private static async Task<JsonElement> QueueAsync(CaseApi api, string token, string query)
    {
        var response = await api.SendAsync(HttpMethod.Get, $"/api/v1/cases/queue?pageSize=50&{query}", token);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await CaseApi.JsonAsync(response);
    }

    private static List<Guid> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();

    private static List<Guid> Warned(JsonElement page, string level) => page.GetProperty("items").EnumerateArray()
        .Where(i => string.Equals(i.GetProperty("warning").GetString(), level, StringComparison.OrdinalIgnoreCase))
        .Select(i => i.GetProperty("id").GetGuid()).ToList();

    private static async Task<Guid> AcceptedAsync(CaseApi api, string applicant)
    {
        var clerk = await api.StaffTokenAsync("440784-clerk");
        var id = await SubmittedAsync(api, clerk, applicant);
        var accepted = await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/tolerant-accept", clerk, new { commitmentLetterSigned = true }, ifMatch: "\"1\"");
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        return id;
    }

    private static async Task<Guid> SubmittedAsync(CaseApi api, string clerk, string applicant)
    {
        var created = await api.SendAsync(HttpMethod.Post, "/api/v1/cases", clerk, new
        {
            regionCode = "440784", matterCode = TestMatters.PlanningPermit.Code,
            applicant = new { id = $"91440784MA{Guid.NewGuid():N}"[..18], name = applicant, kind = "enterprise" },
            materials = new[] { new { materialCode = "M01", fileId = await api.UploadAsync(clerk) } },
        }, idempotencyKey: Guid.NewGuid().ToString());
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await CaseApi.JsonAsync(created)).GetProperty("case").GetProperty("id").GetGuid();
    }
}

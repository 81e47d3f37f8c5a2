using System.Net;
using System.Text.Json;
using Platform.Testing;

namespace Platform.Plugins.Heshan.Tests.Documents;

public sealed class DocumentRoutingTests
{
    private static object Route(params (string Unit, int Days)[] departments) => new
    {
        title = "关于鹤山市宏达智能制造项目用地的请示",
        body = "请各部门于时限内出具意见。",
        departments = departments.Select(d => new { unitCode = d.Unit, workingDays = d.Days }).ToArray(),
        signOff = new { unitCode = "gov", workingDays = 2 },
        handDown = new { unitCode = "zrzy", workingDays = 3 },
    };

    private static JsonElement Step(JsonElement view, string stage, string unit) =>
        view.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("stage").GetString() == stage && s.GetProperty("unitCode").GetString() == unit);

    [Fact]
    public async Task Should_show_a_late_department_and_move_through_sign_off_to_hand_down_when_every_department_answers()
    {
        await using var fixture = await HeshanFixture.StartAsync(TestClock.At(2026, 9, 24, 9));
        var filer = await fixture.StaffOfAsync("fgj");
        var created = await fixture.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/v1/heshan/documents", filer,
            Route(("zrzy", 3), ("zjj", 1)), idempotencyKey: "doc-1");
        var id = created.GetProperty("id").GetGuid();
        Step(created, "Opinion", "zrzy").GetProperty("deadline").GetProperty("due").GetString().ShouldBe("2026-09-30");
        Step(created, "Opinion", "zjj").GetProperty("deadline").GetProperty("due").GetString().ShouldBe("2026-09-28");

        var retried = await fixture.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, "/api/v1/heshan/documents", filer,
            Route(("zrzy", 3), ("zjj", 1)), idempotencyKey: "doc-1");
        retried.GetProperty("id").GetGuid().ShouldBe(id);

        fixture.Clock.Set(TestClock.At(2026, 9, 29, 10));
        filer = await fixture.StaffOfAsync("fgj");
        var late = await fixture.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/heshan/documents/{id}", filer);
        Step(late, "Opinion", "zjj").GetProperty("deadline").GetProperty("warning").GetString().ShouldBe("Overdue");
        Step(late, "Opinion", "zrzy").GetProperty("deadline").GetProperty("warning").GetString().ShouldBe("Yellow");
        late.GetProperty("holderUnits").EnumerateArray().Select(u => u.GetString()).ShouldBe(["zrzy", "zjj"], ignoreOrder: true);
        var svg = await (await fixture.SendAsync(HttpMethod.Get, $"/api/v1/heshan/documents/{id}/flow.svg", filer)).Content.ReadAsStringAsync();
        svg.ShouldContain("data-unit=\"zjj\" data-state=\"holding\" data-warning=\"Overdue\"");

        var zrzy = await fixture.StaffOfAsync("zrzy");
        var afterZrzy = await fixture.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/api/v1/heshan/documents/{id}/opinions/zrzy", zrzy,
            new { agrees = true, opinion = "符合国土空间规划。" }, ifMatch: HeshanFixture.ETag(late));
        Step(afterZrzy, "Opinion", "zrzy").GetProperty("sealReference").GetString()!.ShouldStartWith("ESEAL:440784:zrzy:");
        await fixture.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/v1/heshan/documents/{id}/opinions/zjj", await fixture.StaffOfAsync("zjj"),
            new { agrees = true, opinion = "同意。" }, ifMatch: HeshanFixture.ETag(late));
        var signing = await fixture.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/api/v1/heshan/documents/{id}/opinions/zjj",
            await fixture.StaffOfAsync("zjj"), new { agrees = true, opinion = "同意。" }, ifMatch: HeshanFixture.ETag(afterZrzy));
        signing.GetProperty("state").GetString().ShouldBe("SigningOff");
        Step(signing, "Opinion", "zjj").GetProperty("deadline").GetProperty("late").GetBoolean().ShouldBeTrue();
        Step(signing, "SignOff", "gov").GetProperty("deadline").GetProperty("due").GetString().ShouldBe("2026-10-08");

        await fixture.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, $"/api/v1/heshan/documents/{id}/sign-off", await fixture.StaffOfAsync("gov"),
            new { approve = true, opinion = "同意。" }, ifMatch: HeshanFixture.ETag(signing));
        var handedDown = await fixture.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/api/v1/heshan/documents/{id}/sign-off",
            await fixture.StaffOfAsync("gov", "DepartmentLeader"), new { approve = true, opinion = "同意，交自然资源局落实。" }, ifMatch: HeshanFixture.ETag(signing));
        handedDown.GetProperty("state").GetString().ShouldBe("HandedDown");
        handedDown.GetProperty("holderUnits").EnumerateArray().Single().GetString().ShouldBe("zrzy");

        var done = await fixture.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/api/v1/heshan/documents/{id}/action", zrzy,
            new { note = "已办理用地预审。" }, ifMatch: HeshanFixture.ETag(handedDown));
        done.GetProperty("state").GetString().ShouldBe("Done");
        done.GetProperty("holderUnits").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Should_refuse_with_a_field_error_and_write_nothing_when_a_department_is_unknown()
    {
        await using var fixture = await HeshanFixture.StartAsync(TestClock.At(2026, 9, 24, 9));
        var filer = await fixture.StaffOfAsync("fgj");
        var problem = await fixture.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, "/api/v1/heshan/documents", filer,
            Route(("nosuch", 3)), idempotencyKey: "doc-bad");
        problem.GetProperty("code").GetString().ShouldBe("heshan.document.unit_unknown");
        problem.GetProperty("errors").TryGetProperty("departments[0].unitCode", out _).ShouldBeTrue();
        var list = await fixture.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/heshan/documents", filer);
        list.GetProperty("total").GetInt64().ShouldBe(0);
    }
}

using System.Net;
using Platform.Testing;

namespace Platform.Plugins.Heshan.Tests.KeyProjects;

public sealed class KeyProjectApiTests
{
    /// <summary>Filed on Thursday 2026-09-24: 中秋 (09-25) and 国庆 (10-01..07) fall inside the first stage's 5 working days.</summary>
    private static readonly object Project = new { name = "宏达智能制造产业园", enterpriseId = "91440784MA5HONGDA1", enterpriseName = "鹤山市宏达实业有限公司", flowCode = "industrial" };

    [Fact]
    public async Task Should_move_a_key_project_to_the_next_unit_and_report_the_month_when_the_holding_unit_completes_its_stage()
    {
        await using var fixture = await HeshanFixture.StartAsync(TestClock.At(2026, 9, 24, 9));
        var fgj = await fixture.StaffOfAsync("fgj");
        var created = await fixture.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/v1/heshan/key-projects", fgj, Project, idempotencyKey: "kp-1");
        var id = created.GetProperty("id").GetGuid();
        var first = created.GetProperty("stages")[0];
        first.GetProperty("unitCode").GetString().ShouldBe("fgj");
        first.GetProperty("deadline").GetProperty("due").GetString().ShouldBe("2026-10-09");
        (await fixture.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, "/api/v1/heshan/key-projects", fgj, Project, idempotencyKey: "kp-1"))
            .GetProperty("id").GetGuid().ShouldBe(id);

        var zrzy = await fixture.StaffOfAsync("zrzy");
        await fixture.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, $"/api/v1/heshan/key-projects/{id}/stage", zrzy, new { note = "越权" },
            ifMatch: HeshanFixture.ETag(created));
        var moved = await fixture.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/api/v1/heshan/key-projects/{id}/stage", fgj, new { note = "准入通过。" },
            ifMatch: HeshanFixture.ETag(created));
        moved.GetProperty("stages")[0].GetProperty("completedAt").ValueKind.ShouldNotBe(System.Text.Json.JsonValueKind.Null);
        await fixture.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/v1/heshan/key-projects/{id}/stage", zrzy, new { note = "旧版本" },
            ifMatch: HeshanFixture.ETag(created));

        var todo = await fixture.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/heshan/key-projects/todo", zrzy);
        todo.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("stageName").GetString()).ShouldBe(["建设用地规划许可"]);
        (await fixture.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/heshan/key-projects/todo", fgj)).GetProperty("total").GetInt64().ShouldBe(0);

        var report = await fixture.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/heshan/key-projects/reports/2026/9", fgj);
        report.GetProperty("projectsStarted").GetInt32().ShouldBe(1);
        report.GetProperty("stagesCompleted").GetInt32().ShouldBe(1);
        report.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("unitCode").GetString()).ShouldBe(["fgj", "zrzy"]);
    }

    [Fact]
    public async Task Should_give_nothing_of_heshan_key_projects_when_the_caller_is_yandu_staff_or_an_applicant()
    {
        await using var fixture = await HeshanFixture.StartAsync(TestClock.At(2026, 9, 24, 9));
        var created = await fixture.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/v1/heshan/key-projects", await fixture.StaffOfAsync("fgj"), Project,
            idempotencyKey: "kp-2");
        var id = created.GetProperty("id").GetGuid();

        var yandu = await fixture.TokenAsync("320903-admin");
        await fixture.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"/api/v1/heshan/key-projects/{id}", yandu);
        await fixture.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Post, $"/api/v1/heshan/key-projects/{id}/stage", yandu, new { note = "越权" },
            ifMatch: HeshanFixture.ETag(created));
        (await fixture.SendAsync(HttpMethod.Get, "/api/v1/heshan/key-projects/todo", yandu)).IsSuccessStatusCode.ShouldBeFalse();
        (await fixture.SendAsync(HttpMethod.Get, "/api/v1/heshan/key-projects/reports/2026/9", yandu)).IsSuccessStatusCode.ShouldBeFalse();
        (await fixture.SendAsync(HttpMethod.Post, "/api/v1/heshan/key-projects", yandu, Project, idempotencyKey: "kp-yandu")).IsSuccessStatusCode.ShouldBeFalse();

        var applicant = await fixture.ApplicantTokenAsync("91440784MA0DEMO01X");
        await fixture.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, $"/api/v1/heshan/key-projects/{id}", applicant);

        var current = await fixture.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/heshan/key-projects/{id}", await fixture.StaffOfAsync("fgj"));
        current.GetProperty("version").GetInt32().ShouldBe(1);
    }
}

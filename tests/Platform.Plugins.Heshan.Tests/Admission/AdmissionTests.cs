using System.Net;
using System.Text.Json;
using Platform.Testing;

namespace Platform.Plugins.Heshan.Tests.Admission;

public sealed class AdmissionTests
{
    private static readonly (string Unit, string Criterion, int Score)[] Entries =
        [("kgsw", "industry", 90), ("zrzy", "land", 80), ("zjj", "construction", 70), ("sthj", "environment", 85),
         ("scjg", "credit", 100), ("yjgl", "safety", 60), ("swj", "tax", 80), ("tdcb", "reserve", 50)];

    private static async Task<JsonElement> FileAsync(HeshanFixture fixture) =>
        await fixture.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/v1/heshan/admissions", await fixture.StaffOfAsync("shaping"), new
        {
            projectName = "鹤山市宏达智能制造产业园", investor = "广东宏达智能装备有限公司", investment = 52000, landArea = 120, industry = "制造业",
            materials = new[] { new { name = "项目准入申请表" }, new { name = "投资协议（草案）" } },
        }, idempotencyKey: Guid.NewGuid().ToString());

    private static async Task<JsonElement> AnswerAsync(HeshanFixture fixture, Guid id, JsonElement view, (string Unit, string Criterion, int Score) entry) =>
        await fixture.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/api/v1/heshan/admissions/{id}/opinions/{entry.Unit}", await fixture.StaffOfAsync(entry.Unit),
            new { agrees = true, opinion = "同意准入。", scores = new Dictionary<string, int> { [entry.Criterion] = entry.Score } }, ifMatch: HeshanFixture.ETag(view));

    private static JsonElement Row(JsonElement view, string unit) =>
        view.GetProperty("opinions").EnumerateArray().Single(o => o.GetProperty("unitCode").GetString() == unit);

    [Fact]
    public async Task Should_be_due_after_five_working_days_across_national_day_and_score_all_eight_departments_when_every_entry_is_in()
    {
        await using var fixture = await HeshanFixture.StartAsync(TestClock.At(2026, 9, 30, 10));
        var view = await FileAsync(fixture);
        var id = view.GetProperty("id").GetGuid();
        view.GetProperty("deadline").GetProperty("due").GetString().ShouldBe("2026-10-13");
        view.GetProperty("opinions").GetArrayLength().ShouldBe(8);
        view.GetProperty("opinions").EnumerateArray().ShouldAllBe(o => o.GetProperty("deadline").GetProperty("due").GetString() == "2026-10-13");

        fixture.Clock.Set(TestClock.At(2026, 10, 9, 10));
        foreach (var entry in Entries) view = await AnswerAsync(fixture, id, view, entry);
        // 90×20% + 80×15% + 70×10% + 85×15% + 100×10% + 60×10% + 80×15% + 50×5% = 80.25
        view.GetProperty("score").GetProperty("total").GetDecimal().ShouldBe(80.25m);
        view.GetProperty("score").GetProperty("passed").GetBoolean().ShouldBeTrue();
        view.GetProperty("opinions").EnumerateArray().ShouldAllBe(o => !o.GetProperty("deadline").GetProperty("late").GetBoolean());

        await fixture.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, $"/api/v1/heshan/admissions/{id}/conclusion", await fixture.StaffOfAsync("zrzy"),
            new { conclusion = "准予准入。" }, ifMatch: HeshanFixture.ETag(view));
        var concluded = await fixture.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/api/v1/heshan/admissions/{id}/conclusion",
            await fixture.StaffOfAsync("fgj"), new { conclusion = "准予准入，报项目准入工作领导小组。" }, ifMatch: HeshanFixture.ETag(view));
        concluded.GetProperty("state").GetString().ShouldBe("Concluded");
        concluded.GetProperty("sealReference").GetString()!.ShouldStartWith("ESEAL:440784:fgj:");
        concluded.GetProperty("pushes").EnumerateArray().Select(p => p.GetProperty("target").GetString())
            .ShouldBe(["leading-group", "shaping", "zrzy"], ignoreOrder: true);
    }

    [Fact]
    public async Task Should_show_the_missing_department_as_late_and_fail_the_pass_line_when_it_has_not_answered_by_the_due_date()
    {
        await using var fixture = await HeshanFixture.StartAsync(TestClock.At(2026, 9, 30, 10));
        var view = await FileAsync(fixture);
        var id = view.GetProperty("id").GetGuid();
        foreach (var entry in Entries.Where(e => e.Unit != "swj")) view = await AnswerAsync(fixture, id, view, entry);

        fixture.Clock.Set(TestClock.At(2026, 10, 13, 16));
        var dueDay = await fixture.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/heshan/admissions/{id}", await fixture.StaffOfAsync("fgj"));
        Row(dueDay, "swj").GetProperty("deadline").GetProperty("warning").GetString().ShouldBe("Red");
        await fixture.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/v1/heshan/admissions/{id}/conclusion", await fixture.StaffOfAsync("fgj"),
            new { conclusion = "不予准入。" }, ifMatch: HeshanFixture.ETag(dueDay));

        fixture.Clock.Set(TestClock.At(2026, 10, 14, 9));
        var late = await fixture.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/heshan/admissions/{id}", await fixture.StaffOfAsync("fgj"));
        Row(late, "swj").GetProperty("deadline").GetProperty("late").GetBoolean().ShouldBeTrue();
        Row(late, "kgsw").GetProperty("deadline").GetProperty("late").GetBoolean().ShouldBeFalse();
        late.GetProperty("score").GetProperty("missingUnits").EnumerateArray().Single().GetString().ShouldBe("swj");
        late.GetProperty("score").GetProperty("total").GetDecimal().ShouldBe(68.25m);
        late.GetProperty("score").GetProperty("passed").GetBoolean().ShouldBeFalse();

        var concluded = await fixture.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/api/v1/heshan/admissions/{id}/conclusion",
            await fixture.StaffOfAsync("fgj"), new { conclusion = "税务部门逾期未出具意见，得分未达及格线，暂不予准入。" }, ifMatch: HeshanFixture.ETag(late));
        concluded.GetProperty("state").GetString().ShouldBe("Concluded");
    }
}

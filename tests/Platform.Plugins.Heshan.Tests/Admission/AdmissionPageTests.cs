using System.Net;
using Platform.Testing;

namespace Platform.Plugins.Heshan.Tests.Admission;

/// <summary>A department enters its opinion and score on the admission page, as its staff would.</summary>
public sealed class AdmissionPageTests
{
    [Fact]
    public async Task Should_record_the_departments_opinion_and_score_with_its_seal_when_its_entry_form_is_posted()
    {
        await using var fixture = await HeshanFixture.StartAsync(TestClock.At(2026, 9, 30, 10));
        var filed = await fixture.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/v1/heshan/admissions", await fixture.StaffOfAsync("shaping"), new
        {
            projectName = "鹤山市宏达智能制造产业园", investor = "广东宏达智能装备有限公司", investment = 52000, landArea = 120, industry = "制造业",
            materials = new[] { new { name = "项目准入申请表" } },
        }, idempotencyKey: Guid.NewGuid().ToString());
        var id = filed.GetProperty("id").GetGuid();
        var kgsw = await fixture.StaffOfAsync("kgsw");
        using var browser = new CookieBrowser(fixture.Host);
        await browser.SignInAsync("hs-kgsw-departmentreviewer", "Demo@123456");
        var page = await browser.Client.GetStringAsync($"/heshan/admissions/{id}");

        var posted = await browser.Client.PostAsync($"/heshan/admissions/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "admission-entry", ["__RequestVerificationToken"] = CookieBrowser.AntiforgeryToken(page),
            ["Entry.Version"] = filed.GetProperty("version").GetInt32().ToString(), ["Entry.Agrees"] = "true",
            ["Entry.Opinion"] = "符合园区产业定位，同意准入。", ["Entry.Scores[industry]"] = "90",
        }));

        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var view = await fixture.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/heshan/admissions/{id}", kgsw);
        var entry = view.GetProperty("opinions").EnumerateArray().Single(o => o.GetProperty("unitCode").GetString() == "kgsw");
        entry.GetProperty("opinion").GetString().ShouldBe("符合园区产业定位，同意准入。");
        entry.GetProperty("agrees").GetBoolean().ShouldBeTrue();
        entry.GetProperty("scores").GetProperty("industry").GetDecimal().ShouldBe(90m);
        entry.GetProperty("sealReference").GetString()!.ShouldStartWith("ESEAL:440784:kgsw:");
        var after = WebUtility.HtmlDecode(await browser.Client.GetStringAsync($"/heshan/admissions/{id}"));
        after.ShouldNotContain("填写本单位意见和评分");
    }
}

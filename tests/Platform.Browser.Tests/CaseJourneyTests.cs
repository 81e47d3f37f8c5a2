using Autofac;
using Microsoft.Playwright;
using Platform.Testing;

namespace Platform.Browser.Tests;

public sealed class CaseJourneyTests
{
    private const string PlanningPermit = "11440784MB0000011X000172001000";

    [Fact]
    public async Task Should_take_in_a_planning_permit_at_the_window_with_only_its_core_material_and_show_it_due_30_september()
    {
        var clock = new TestClock(TestClock.At(2026, 9, 24, 9));
        await using var session = await BrowserSession.OpenAsync("demo", b => b.RegisterInstance(clock).As<Platform.Kernel.Time.IClock>());
        var upload = Path.Combine(Path.GetTempPath(), $"出让合同-{Guid.NewGuid():N}.pdf");
        await File.WriteAllTextAsync(upload, "%PDF-1.7 国有建设用地使用权出让合同");

        await session.RunAsync(nameof(Should_take_in_a_planning_permit_at_the_window_with_only_its_core_material_and_show_it_due_30_september), async page =>
        {
            await session.SignInAsync("440784-clerk");
            await page.GotoAsync($"/apply/440784/{PlanningPermit}");
            (await page.Locator("h1").InnerTextAsync()).ShouldBe("建设用地规划许可证核发");
            await page.GetByLabel("证件号码或统一社会信用代码").FillAsync("91440784MA5HONGDA1");
            await page.GetByLabel("名称", new() { Exact = true }).FillAsync("鹤山市宏达实业有限公司");
            await page.GetByLabel("项目或申请名称").FillAsync("宏达新厂房");
            await page.Locator("#file-M02").SetInputFilesAsync(upload);
            await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();

            await page.WaitForURLAsync("**/cases/*");
            (await page.Locator("[data-testid=case-state]").InnerTextAsync()).ShouldBe("已提交待受理");
            await page.Locator("form[data-action=TolerantAccept] input[name='Step.CommitmentLetterSigned']").CheckAsync();
            await page.Locator("form[data-action=TolerantAccept] button").ClickAsync();

            await page.Locator("[data-testid=case-state]").Filter(new() { HasText = "审查中" }).WaitForAsync();
            var deadline = await page.Locator("[data-testid=case-deadline]").InnerTextAsync();
            deadline.ShouldContain("2026-09-30");
            deadline.ShouldContain("正常");
            (await page.Locator("figure.flow text.flow-title").AllTextContentsAsync()).ShouldBe(["提交申请", "容缺受理"]);
            (await page.Locator("table td", new() { HasText = "容缺待补" }).CountAsync()).ShouldBeGreaterThan(0);

            await page.GetByRole(AriaRole.Link, new() { Name = "受理通知书" }).ClickAsync();
            var notice = await page.Locator("[data-testid=notice]").InnerTextAsync();
            notice.ShouldContain("受理通知书");
            notice.ShouldContain("2026年9月30日");
        });
    }

    [Fact]
    public async Task Should_let_an_applicant_track_a_case_by_number_and_query_code_on_a_phone()
    {
        await using var session = await BrowserSession.OpenAsync("demo", new ViewportSize { Width = 390, Height = 844 });
        var api = new ApiSteps(session.Host);
        var applicant = await api.ApplicantTokenAsync("91440784MA0DEMO01X");
        var body = await api.SendAsync(HttpMethod.Post, "/api/v1/cases", applicant, new
        {
            regionCode = "440784", matterCode = PlanningPermit,
            materials = new[] { new { materialCode = "M02", fileId = await api.UploadAsync(applicant, "出让合同") } },
        }, idempotencyKey: Guid.NewGuid().ToString(), expect: System.Net.HttpStatusCode.Created);
        var number = body.GetProperty("case").GetProperty("number").GetString()!;
        var queryCode = body.GetProperty("queryCode").GetString()!;

        await session.RunAsync(nameof(Should_let_an_applicant_track_a_case_by_number_and_query_code_on_a_phone), async page =>
        {
            await page.GotoAsync("/track");
            await page.GetByLabel("办件编号").FillAsync(number);
            await page.GetByLabel("查询码").FillAsync(queryCode);
            await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();

            (await page.Locator("[data-testid=track-state]").InnerTextAsync()).ShouldBe("已提交待受理");
            (await page.Locator("[data-testid=track-next]").InnerTextAsync()).ShouldContain("等待窗口受理");
            var box = await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).BoundingBoxAsync();
            box!.Height.ShouldBeGreaterThanOrEqualTo(44);
        });
    }
}

using Microsoft.Playwright;

namespace Platform.Browser.Tests;

public sealed class ApplicationValidationTests
{
    private const string PlanningPermit = "11440784MB0000011X000172001000";
    private const string IndustrialAdmission = "11440784MB0000013X000199001000";
    private const string Enterprise = "91440784MA0DEMO01X";

    [Fact]
    public async Task Should_refuse_an_online_application_without_its_required_materials_showing_each_next_to_its_field_and_keeping_what_was_typed()
    {
        await using var session = await BrowserSession.OpenAsync();
        var api = new ApiSteps(session.Host);

        await session.RunAsync(nameof(Should_refuse_an_online_application_without_its_required_materials_showing_each_next_to_its_field_and_keeping_what_was_typed), async page =>
        {
            await session.SignInAsync(Enterprise, applicant: true);
            await page.GotoAsync($"/apply/440784/{IndustrialAdmission}");
            (await page.Locator("table.materials").InnerTextAsync()).ShouldNotContain("可容缺");
            await page.GetByLabel("项目或申请名称").FillAsync("宏达新厂房");
            await page.Locator("#file-M01").SetInputFilesAsync(ApplicantJourneyTests.Pdf("项目准入申请表"));
            await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();

            page.Url.ShouldContain("/apply/");
            (await page.Locator("[data-testid=apply-error]").InnerTextAsync()).ShouldContain("请按标出的位置修改");
            (await page.Locator("[data-field='materials.M03']").InnerTextAsync()).ShouldContain("项目投资协议（草案）");
            (await page.Locator("[data-field='materials.M01']").CountAsync()).ShouldBe(0);
            (await page.Locator("[data-testid=kept-M01]").InnerTextAsync()).ShouldContain("项目准入申请表.pdf");
            (await page.GetByLabel("项目或申请名称").InputValueAsync()).ShouldBe("宏达新厂房");
            var mine = await api.SendAsync(HttpMethod.Get, "/api/v1/cases/mine", await api.ApplicantTokenAsync(Enterprise));
            mine.GetProperty("total").GetInt64().ShouldBe(0);

            await page.GotoAsync($"/apply/440784/{PlanningPermit}");
            (await page.Locator("table.materials").InnerTextAsync()).ShouldContain("必要（可容缺）");
        });
    }

    [Fact]
    public async Task Should_show_every_missing_applicant_field_at_once_when_the_window_submits_an_empty_form()
    {
        await using var session = await BrowserSession.OpenAsync(viewport: new ViewportSize { Width = 1366, Height = 768 });

        await session.RunAsync(nameof(Should_show_every_missing_applicant_field_at_once_when_the_window_submits_an_empty_form), async page =>
        {
            await session.SignInAsync("440784-clerk");
            await page.GotoAsync($"/apply/440784/{PlanningPermit}");
            (await page.Locator("form.apply-form").BoundingBoxAsync())!.Width.ShouldBeGreaterThan(800);
            await page.GetByLabel("项目或申请名称").FillAsync("宏达新厂房");
            await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();

            page.Url.ShouldContain("/apply/");
            (await page.Locator("[data-field='applicant.id']").InnerTextAsync()).ShouldContain("证件号码");
            (await page.Locator("[data-field='applicant.name']").InnerTextAsync()).ShouldContain("申请人名称");
            (await page.GetByLabel("项目或申请名称").InputValueAsync()).ShouldBe("宏达新厂房");
        });
    }

    [Fact]
    public async Task Should_refuse_a_head_count_that_is_not_a_number_together_with_every_other_missing_field_in_the_bundle_wizard()
    {
        await using var session = await BrowserSession.OpenAsync();

        await session.RunAsync(nameof(Should_refuse_a_head_count_that_is_not_a_number_together_with_every_other_missing_field_in_the_bundle_wizard), async page =>
        {
            await session.SignInAsync("13943060001", applicant: true);
            await page.GotoAsync("/bundles?region=430600");
            await page.Locator("[data-testid=bundle-qykb]").ClickAsync();
            await page.GetByLabel("需要", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("招用员工", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("已登记（系统可查）").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "查看办理清单" }).ClickAsync();

            await page.GetByLabel("法定代表人").FillAsync("李明");
            await page.GetByLabel("拟招用员工人数").FillAsync("abc");
            await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();

            page.Url.ShouldNotContain("/bundle-cases/");
            (await page.Locator("[data-field='form.employees']").InnerTextAsync()).ShouldContain("整数");
            (await page.Locator("[data-field='form.enterpriseName']").InnerTextAsync()).ShouldContain("企业名称");
            (await page.Locator("[data-field='form.address']").InnerTextAsync()).ShouldContain("企业住所");
            (await page.GetByLabel("法定代表人").InputValueAsync()).ShouldBe("李明");
            (await page.GetByLabel("拟招用员工人数").InputValueAsync()).ShouldBe("abc");
        });
    }

    [Theory]
    [InlineData("/my/cases")]
    [InlineData("/apply/440784/" + PlanningPermit)]
    [InlineData("/bundles/430600/qykb")]
    public async Task Should_not_scroll_sideways_on_a_phone_when_an_applicant_opens(string path)
    {
        await using var session = await BrowserSession.OpenAsync(viewport: new ViewportSize { Width = 375, Height = 812 });

        await session.RunAsync($"{nameof(Should_not_scroll_sideways_on_a_phone_when_an_applicant_opens)}-{path.Replace('/', '_')}", async page =>
        {
            await session.SignInAsync(path.Contains("430600") ? "13943060001" : Enterprise, applicant: true);
            await page.GotoAsync(path);
            var main = await page.EvaluateAsync<int>("() => Math.max(...[...document.querySelectorAll('main, .content')].map(e => e.scrollWidth), 0)");
            main.ShouldBeLessThanOrEqualTo(375);
        });
    }
}

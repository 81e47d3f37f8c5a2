using System.Text;
using Microsoft.Playwright;
using Platform.Cases.Contracts;

namespace Platform.Browser.Tests;

/// <summary>
/// The applicant's journeys played through the pages to their end: answering a correction notice, supplying deferred materials,
/// rating a finished case and reading the rectification answer. The other people's steps are set up through the API (their pages
/// are issue #21's staff part), as each test says.
/// </summary>
public sealed class ApplicantJourneyTests
{
    private const string PlanningPermit = "11440784MB0000011X000172001000";
    private const string Enterprise = "91440784MA0DEMO01X";

    [Fact]
    public async Task Should_send_the_case_back_to_the_window_when_the_applicant_uploads_each_material_the_correction_notice_lists()
    {
        await using var session = await BrowserSession.OpenAsync();
        var api = new ApiSteps(session.Host);
        var applicant = await api.ApplicantTokenAsync(Enterprise);
        var created = await api.ApplyOnlineAsync(applicant, "440784", PlanningPermit, "M01", "M02");
        var id = created.GetProperty("id").GetGuid();
        // The window clerk's correction form is being rebuilt (issue #21, staff pages): the notice is issued through the API here.
        await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/corrections", await api.StaffTokenAsync("440784-clerk"), new
        {
            items = new object[]
            {
                new { materialCode = "M01", problem = "申请表缺少法定代表人签字" },
                new { materialCode = "M02", problem = "附图不清晰，请提供清晰扫描件" },
                new { field = "项目名称", problem = "与出让合同记载的项目名称不一致" },
            },
        }, ifMatch: 1);

        await session.RunAsync(nameof(Should_send_the_case_back_to_the_window_when_the_applicant_uploads_each_material_the_correction_notice_lists), async page =>
        {
            await session.SignInAsync(Enterprise, applicant: true);
            await page.GotoAsync("/my/cases");
            await page.GetByRole(AriaRole.Link, new() { Name = created.GetProperty("number").GetString() }).ClickAsync();

            var form = page.Locator("form[data-action=AnswerCorrection]");
            var rows = await form.Locator("[data-testid=correction-items] tbody tr").AllInnerTextsAsync();
            rows.Count.ShouldBe(2);
            rows[0].ShouldContain("建设用地规划许可申请表");
            rows[0].ShouldContain("申请表缺少法定代表人签字");
            rows[1].ShouldContain("国有建设用地使用权出让合同及附图");
            rows[1].ShouldContain("附图不清晰");
            (await form.Locator("[data-testid=correction-remarks]").InnerTextAsync()).ShouldContain("与出让合同记载的项目名称不一致");

            await form.GetByRole(AriaRole.Button, new() { Name = "提交补正" }).ClickAsync();
            (await page.Locator("form[data-action=AnswerCorrection] .field-error").CountAsync()).ShouldBe(2);
            (await page.Locator("[data-testid=case-state]").InnerTextAsync()).ShouldBe("待补正");

            await page.Locator("#correction-M01").SetInputFilesAsync(Pdf("建设用地规划许可申请表（已签字）"));
            await page.Locator("#correction-M02").SetInputFilesAsync(Pdf("出让合同及清晰附图"));
            await page.Locator("form[data-action=AnswerCorrection]").GetByRole(AriaRole.Button, new() { Name = "提交补正" }).ClickAsync();

            await page.Locator("[data-testid=case-state]").Filter(new() { HasText = "已提交待受理" }).WaitForAsync();
            (await page.Locator("form[data-action=AnswerCorrection]").CountAsync()).ShouldBe(0);
            (await page.Locator("figure.flow text.flow-title").AllTextContentsAsync()).ShouldContain("提交补正材料");
        });
    }

    [Fact]
    public async Task Should_show_each_deferred_material_with_its_deadline_and_mark_it_supplied_when_the_applicant_uploads_it()
    {
        await using var session = await BrowserSession.OpenAsync();
        var api = new ApiSteps(session.Host);
        var applicant = await api.ApplicantTokenAsync(Enterprise);
        var id = (await api.ApplyOnlineAsync(applicant, "440784", PlanningPermit, "M02")).GetProperty("id").GetGuid();
        // The window clerk's tolerant acceptance (容缺受理) is a staff page; it is taken through the API here.
        var accepted = await api.SendAsync(HttpMethod.Post, $"/api/v1/cases/{id}/tolerant-accept", await api.StaffTokenAsync("440784-clerk"),
            new { commitmentLetterSigned = true }, ifMatch: 1);
        var deferred = accepted.GetProperty("materials").EnumerateArray().Where(m => m.GetProperty("status").GetString() == "Deferred")
            .Select(m => (Code: m.GetProperty("code").GetString()!, Name: m.GetProperty("name").GetString()!,
                Due: DateOnly.Parse(m.GetProperty("deferredDueDate").GetString()!)))
            .ToList();
        deferred.ShouldNotBeEmpty();

        await session.RunAsync(nameof(Should_show_each_deferred_material_with_its_deadline_and_mark_it_supplied_when_the_applicant_uploads_it), async page =>
        {
            await session.SignInAsync(Enterprise, applicant: true);
            await page.GotoAsync("/my/cases");
            await page.Locator("[data-testid=case-table] a").First.ClickAsync();

            var form = page.Locator("form[data-action=SupplyDeferredMaterial]");
            var rows = await form.Locator("[data-testid=deferred-items] tbody tr").AllInnerTextsAsync();
            rows.Count.ShouldBe(deferred.Count);
            for (var i = 0; i < deferred.Count; i++)
            {
                rows[i].ShouldContain(deferred[i].Name);
                rows[i].ShouldContain($"{deferred[i].Due:yyyy年M月d日}前");
            }

            foreach (var material in deferred) await page.Locator($"#deferred-{material.Code}").SetInputFilesAsync(Pdf(material.Name));
            await form.GetByRole(AriaRole.Button, new() { Name = "提交容缺材料" }).ClickAsync();

            await page.Locator("form[data-action=SupplyDeferredMaterial]").WaitForAsync(new() { State = WaitForSelectorState.Detached });
            var view = await api.SendAsync(HttpMethod.Get, $"/api/v1/cases/{id}", applicant);
            view.GetProperty("materials").EnumerateArray().Where(m => deferred.Any(d => d.Code == m.GetProperty("code").GetString()))
                .Select(m => m.GetProperty("status").GetString()).ShouldAllBe(s => s == "Supplied");
            (await page.Locator("[data-testid=case-next]").InnerTextAsync()).ShouldNotContain("请补交容缺材料");
        });
    }

    [Fact]
    public async Task Should_let_the_applicant_rate_a_delivered_case_and_read_the_units_rectification_answer_after_a_bad_rating()
    {
        await using var session = await BrowserSession.OpenAsync();
        var api = new ApiSteps(session.Host);
        var applicant = await api.ApplicantTokenAsync(Enterprise);
        var id = (await api.ApplyOnlineAsync(applicant, "440784", PlanningPermit, "M01", "M02")).GetProperty("id").GetGuid();
        var handlingUnit = await DeliverAsync(session, id);

        await session.RunAsync(nameof(Should_let_the_applicant_rate_a_delivered_case_and_read_the_units_rectification_answer_after_a_bad_rating), async page =>
        {
            await session.SignInAsync(Enterprise, applicant: true);
            await page.GotoAsync($"/cases/{id}");
            (await page.Locator("[data-testid=case-deadline]").InnerTextAsync()).ShouldNotContain("受理后开始计时");
            await page.Locator("[data-testid=rating-invite]").GetByRole(AriaRole.Link, new() { Name = "评价本次服务" }).ClickAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();
            (await page.Locator("[data-field=level]").InnerTextAsync()).ShouldContain("请选择评价等级");
            await page.Locator("input[name='Rating.Level'][value='4']").CheckAsync();
            await page.GetByLabel("评价意见（选填，不超过 500 字）").FillAsync("窗口等候时间太长。");
            await page.GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();

            (await page.Locator("[data-testid=my-ratings]").InnerTextAsync()).ShouldContain("不满意");
            (await page.Locator("[data-testid=rectification-state]").InnerTextAsync()).ShouldBe("待回访");

            // The unit's rectification pages are staff pages (issue #21, staff part): its callback and fix go through the API here.
            var unit = await api.UnitStaffTokenAsync("440784", handlingUnit, "DepartmentReviewer");
            var rectification = (await api.SendAsync(HttpMethod.Get, "/api/v1/supervision/rectifications", unit)).GetProperty("items").EnumerateArray()
                .Single(r => r.GetProperty("caseId").GetGuid() == id).GetProperty("id").GetGuid();
            await api.SendAsync(HttpMethod.Post, $"/api/v1/supervision/rectifications/{rectification}/callback", unit,
                new { note = "已电话回访，了解到取号后等候超过一小时。" }, ifMatch: 1);
            await api.SendAsync(HttpMethod.Post, $"/api/v1/supervision/rectifications/{rectification}/fix", unit,
                new { note = "已增设弹性窗口，高峰时段等候缩短至十五分钟内。" }, ifMatch: 2);

            await page.ReloadAsync();
            (await page.Locator("[data-testid=rectification-callback]").InnerTextAsync()).ShouldContain("已电话回访");
            (await page.Locator("[data-testid=rectification-answer]").InnerTextAsync()).ShouldContain("已增设弹性窗口");
            (await page.Locator("[data-testid=rectification-state]").InnerTextAsync()).ShouldContain("请您确认");

            await page.Locator("input[name='Rating.Level'][value='2']").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();
            (await page.Locator("[data-testid=rectification-state]").InnerTextAsync()).ShouldContain("已关闭");
            (await page.Locator("[data-testid=my-ratings] tbody tr").CountAsync()).ShouldBe(2);
        });
    }

    [Fact]
    public async Task Should_show_the_applicant_their_next_step_and_keep_it_off_the_clerks_page()
    {
        await using var session = await BrowserSession.OpenAsync();
        var api = new ApiSteps(session.Host);
        var id = (await api.ApplyOnlineAsync(await api.ApplicantTokenAsync(Enterprise), "440784", PlanningPermit, "M02")).GetProperty("id").GetGuid();

        await session.RunAsync(nameof(Should_show_the_applicant_their_next_step_and_keep_it_off_the_clerks_page), async page =>
        {
            await session.SignInAsync("440784-clerk");
            await page.GotoAsync($"/cases/{id}");
            (await page.Locator("main, body").First.InnerTextAsync()).ShouldNotContain("无需您操作");

            await page.Context.ClearCookiesAsync();
            await session.SignInAsync(Enterprise, applicant: true);
            await page.GotoAsync($"/cases/{id}");
            (await page.Locator("[data-testid=case-next]").InnerTextAsync()).ShouldContain("无需您操作");
            (await page.Locator("nav.breadcrumb").InnerTextAsync()).ShouldContain("我的办件");
        });
    }

    /// <summary>Tolerant acceptance, each review step, the decision and window delivery, through the case workflow (staff steps); answers the handling unit.</summary>
    private static async Task<string> DeliverAsync(BrowserSession session, Guid id)
    {
        var workflow = session.Host.Get<ICaseWorkflow>();
        var view = (await session.Host.Get<ICaseReader>().GetAsync(id, CancellationToken.None))!;
        view = await workflow.TolerantAcceptAsync(id, view.Version, true, new CaseActor("t-clerk", "窗口受理员", "440784", "zhck"), CancellationToken.None);
        foreach (var step in view.ReviewSteps.Where(s => s.CompletedAt is null))
            view = await workflow.CompleteReviewStepAsync(id, view.Version, true, "同意。", new CaseActor("t-unit", "审查员", "440784", step.UnitCode),
                CancellationToken.None);
        var unit = new CaseActor("t-unit", "审批员", "440784", view.HandlingUnitCode);
        view = await workflow.DecideAsync(id, view.Version, true, "符合条件，准予许可。", "《中华人民共和国城乡规划法》第三十八条", unit, CancellationToken.None);
        view = await workflow.DeliverAsync(id, view.Version, Platform.Catalogue.Contracts.DeliveryMethod.Window, null, "窗口领取", unit, CancellationToken.None);
        view.State.ShouldBe(nameof(CaseState.Delivered));
        return view.HandlingUnitCode;
    }

    internal static FilePayload Pdf(string name) =>
        new() { Name = $"{name}.pdf", MimeType = "application/pdf", Buffer = Encoding.UTF8.GetBytes($"%PDF-1.7 {name}") };
}

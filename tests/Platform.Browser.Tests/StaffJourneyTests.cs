using Autofac;
using Microsoft.Playwright;
using Platform.Testing;

namespace Platform.Browser.Tests;

/// <summary>The window clerk, the reviewer and the leader take a case from intake to decision through their pages only.</summary>
public sealed class StaffJourneyTests
{
    [Fact]
    public async Task Should_take_a_case_from_a_ticked_correction_through_deferred_acceptance_and_review_to_the_leaders_decision_on_staff_pages()
    {
        var clock = new TestClock(TestClock.At(2026, 9, 24, 9));
        await using var session = await BrowserSession.OpenAsync("demo", b => b.RegisterInstance(clock).As<Platform.Kernel.Time.IClock>());
        var api = new StaffApi(session.Host);
        var applicant = await api.ApplicantAsync("91440784MA0DEMO01X");
        var id = (await api.SubmitAsync(applicant, new Dictionary<string, string> { ["项目名称"] = "宏达新厂房", ["情况说明"] = "新建两栋标准厂房" }))
            .GetProperty("id").GetGuid();

        await session.RunAsync(nameof(Should_take_a_case_from_a_ticked_correction_through_deferred_acceptance_and_review_to_the_leaders_decision_on_staff_pages), async page =>
        {
            await session.SignInAsync("440784-clerk");
            await page.GotoAsync($"/cases/{id}");
            var correction = page.Locator("form[data-action=RequestCorrection]");
            await correction.Locator("input[name='Step.CorrectionMaterials[M01]']").CheckAsync();
            await correction.Locator("button").ClickAsync();
            (await page.Locator("[data-testid=step-error]").InnerTextAsync()).ShouldContain("建设用地规划许可申请表");
            (await correction.Locator("input[name='Step.CorrectionMaterials[M01]']").IsCheckedAsync()).ShouldBeTrue();
            await correction.Locator("input[name='Step.CorrectionProblems[M01]']").FillAsync("申请表缺少法定代表人签章");
            await correction.Locator("button").ClickAsync();
            await page.Locator("[data-testid=case-state]").Filter(new() { HasText = "待补正" }).WaitForAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "一次性告知书" }).ClickAsync();
            var notice = await page.Locator("[data-testid=notice]").InnerTextAsync();
            notice.ShouldContain("建设用地规划许可申请表：申请表缺少法定代表人签章");
            notice.ShouldContain("鹤山市自然资源局");

            await api.StepAsync(applicant, id, "corrections/answer",
                new { materials = new[] { new { materialCode = "M01", fileId = await api.UploadAsync(applicant, "申请表（已签章）.pdf") } } });

            await page.GotoAsync($"/cases/{id}");
            var tolerant = page.Locator("form[data-action=TolerantAccept]");
            var deferrable = tolerant.Locator("fieldset[data-testid=deferred-materials] input[type=checkbox]");
            var deferred = await deferrable.Last.GetAttributeAsync("name");
            var deferredCode = deferred!["Step.DeferredMaterials[".Length..^1];
            await deferrable.Last.CheckAsync();
            await tolerant.Locator("input[name='Step.CommitmentLetterSigned']").CheckAsync();
            await tolerant.Locator("button").ClickAsync();
            await page.Locator("[data-testid=case-state]").Filter(new() { HasText = "审查中" }).WaitForAsync();
            (await page.Locator("table tr", new() { HasText = deferredCode }).Filter(new() { HasText = "容缺待补" }).CountAsync()).ShouldBe(1);

            await page.Context.ClearCookiesAsync();
            await session.SignInAsync("440784-reviewer");
            await page.GotoAsync("/cases/queue");
            await page.Locator($"[data-testid=case-table] a[href='/cases/{id}']").ClickAsync();
            var form = await page.Locator("[data-testid=application-form]").InnerTextAsync();
            form.ShouldContain("项目名称");
            form.ShouldContain("宏达新厂房");
            form.ShouldContain("新建两栋标准厂房");
            (await page.Locator("[data-testid=case-state]").InnerTextAsync()).ShouldBe("审查中");
            (await page.Locator("dl.facts").First.InnerTextAsync()).ShouldNotContain("无需您操作");
            var file = await page.RunAndWaitForResponseAsync(
                () => page.Locator("[data-testid=material-files] a[data-material=M02]").ClickAsync(), r => r.Url.Contains("/materials/M02/file"));
            file.Status.ShouldBe(200);
            (await page.Locator("iframe[data-testid=material-file]").GetAttributeAsync("src")).ShouldEndWith($"/cases/{id}/materials/M02/file");
            await page.GotoAsync($"/cases/{id}");
            var views = await page.Locator("table[data-testid=file-views]").InnerTextAsync();
            views.ShouldContain("鹤山市部门审查员");
            views.ShouldContain("鹤山市自然资源局");

            var review = page.Locator("form[data-action=CompleteReviewStep]");
            (await review.Locator("input[type=radio]:checked").CountAsync()).ShouldBe(0);
            await review.GetByLabel("意见").FillAsync("符合规划条件，同意核发");
            await review.GetByLabel("同意", new() { Exact = true }).CheckAsync();
            await review.Locator("button").ClickAsync();
            await page.Locator("td", new() { HasText = "同意：符合规划条件，同意核发" }).WaitForAsync();

            await page.Context.ClearCookiesAsync();
            await session.SignInAsync("440784-leader");
            await page.GotoAsync($"/cases/{id}");
            (await page.Locator("form[data-action=CompleteReviewStep]").CountAsync()).ShouldBe(0);
            // 建设用地规划许可证核发 declares no special procedure, so the leader is told why it cannot be suspended.
            (await page.Locator("form[data-action=Suspend]").CountAsync()).ShouldBe(0);
            (await page.Locator("[data-action=Suspend-none]").CountAsync()).ShouldBe(1);
            (await page.Locator("form[data-action=Extend]").CountAsync()).ShouldBe(1);
            var decide = page.Locator("form[data-action=Decide]");
            (await decide.Locator("input[type=radio]:checked").CountAsync()).ShouldBe(0);
            await decide.GetByLabel("理由").FillAsync("符合法定条件");
            await decide.GetByLabel("准予", new() { Exact = true }).CheckAsync();
            await decide.Locator("button").ClickAsync();
            await page.Locator("[data-testid=case-state]").Filter(new() { HasText = "已办结（准予）" }).WaitForAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "决定书" }).ClickAsync();
            (await page.Locator("[data-testid=notice-seal]").InnerTextAsync()).ShouldContain("鹤山市自然资源局");
        });
    }
}

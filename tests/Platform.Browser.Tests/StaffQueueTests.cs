using Autofac;
using Microsoft.Playwright;
using Platform.Testing;

namespace Platform.Browser.Tests;

/// <summary>The reviewer's to-do queue on its page: filtered, searched and sorted by the server; decided and revoked cases gone.</summary>
public sealed class StaffQueueTests
{
    [Fact]
    public async Task Should_filter_search_and_sort_the_reviewers_queue_when_the_reviewer_uses_the_queue_page()
    {
        var clock = new TestClock(TestClock.At(2026, 9, 21, 9));
        await using var session = await BrowserSession.OpenAsync("demo", b => b.RegisterInstance(clock).As<Platform.Kernel.Time.IClock>());
        var api = new ApiSteps(session.Host);
        var overdue = await api.AcceptedAsync("鹤山市逾期演示有限公司");
        clock.Set(TestClock.At(2026, 9, 24, 9));
        var dueToday = await api.AcceptedAsync("鹤山市今日到期演示有限公司");
        clock.Set(TestClock.At(2026, 9, 30, 10));

        await session.RunAsync(nameof(Should_filter_search_and_sort_the_reviewers_queue_when_the_reviewer_uses_the_queue_page), async page =>
        {
            await session.SignInAsync("440784-reviewer");
            await page.GotoAsync("/cases/queue");
            (await Numbers(page)).ShouldBe([overdue.Number, dueToday.Number]);

            await page.GetByLabel("时限").SelectOptionAsync(new SelectOptionValue { Label = "逾期" });
            await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
            await page.WaitForURLAsync("**/cases/queue?*due=overdue*");
            (await Numbers(page)).ShouldBe([overdue.Number]);
            (await page.Locator("[data-testid=case-table] tbody").InnerTextAsync()).ShouldContain("逾期");

            await page.GotoAsync("/cases/queue");
            await page.GetByLabel("排序").SelectOptionAsync(new SelectOptionValue { Label = "承诺期限由远到近" });
            await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
            await page.WaitForURLAsync("**/cases/queue?*sort=-due*");
            (await Numbers(page)).ShouldBe([dueToday.Number, overdue.Number]);

            await page.GetByLabel("搜索").FillAsync("今日到期演示");
            await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
            await page.WaitForURLAsync("**/cases/queue?*q=*");
            (await Numbers(page)).ShouldBe([dueToday.Number]);
            (await page.GetByLabel("搜索").InputValueAsync()).ShouldBe("今日到期演示");

            await page.GotoAsync($"/cases/queue?q={Uri.EscapeDataString(overdue.Number)}&state=UnderReview");
            (await Numbers(page)).ShouldBe([overdue.Number]);
            (await page.GetByLabel("状态").InputValueAsync()).ShouldBe("UnderReview");
        });
    }

    [Fact]
    public async Task Should_show_only_undecided_cases_in_the_reviewers_queue_when_others_were_decided_or_revoked()
    {
        await using var session = await BrowserSession.OpenAsync();
        var api = new ApiSteps(session.Host);
        var approved = await api.AcceptedAsync("鹤山市准予演示有限公司");
        var refused = await api.AcceptedAsync("鹤山市不予演示有限公司");
        var revoked = await api.AcceptedAsync("鹤山市撤销演示有限公司");
        var open = await api.AcceptedAsync("鹤山市审查中演示有限公司");
        var leader = await api.StaffTokenAsync("440784-leader");
        foreach (var (id, approve) in new[] { (approved.Id, true), (refused.Id, false), (revoked.Id, true) })
        {
            await api.StepAsync(leader, id, "review", new { agrees = approve, opinion = "审查意见" });
            await api.StepAsync(leader, id, "decide", new { approve, reasons = "审查结论", legalBasis = "《城乡规划法》第三十八条" });
        }

        await api.StepAsync(leader, revoked.Id, "revoke", new { kind = "revoke", legalGround = "《行政许可法》第六十九条" });

        await session.RunAsync(nameof(Should_show_only_undecided_cases_in_the_reviewers_queue_when_others_were_decided_or_revoked), async page =>
        {
            await session.SignInAsync("440784-reviewer");
            await page.GotoAsync("/cases/queue");
            (await Numbers(page)).ShouldBe([open.Number]);
            (await page.Locator("nav.pager").InnerTextAsync()).ShouldContain("共 1 件");
        });
    }

    private static async Task<List<string>> Numbers(IPage page) =>
        (await page.Locator("[data-testid=case-table] tbody td:first-child a").AllInnerTextsAsync()).ToList();
}

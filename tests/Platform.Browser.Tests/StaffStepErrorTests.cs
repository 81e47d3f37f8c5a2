namespace Platform.Browser.Tests;

/// <summary>A staff step form posted incomplete shows every error at once, each next to its field, and keeps what was chosen.</summary>
public sealed class StaffStepErrorTests
{
    [Fact]
    public async Task Should_show_every_error_next_to_its_field_when_a_staff_step_form_is_posted_incomplete()
    {
        await using var session = await BrowserSession.OpenAsync();
        var api = new ApiSteps(session.Host);
        var clerk = await api.StaffTokenAsync("440784-clerk");
        var submitted = (await api.SubmitAsync(clerk, new Dictionary<string, string> { ["项目名称"] = "宏达新厂房" },
            new { id = $"91440784MA{Guid.NewGuid():N}"[..18], name = "鹤山市补正演示有限公司", kind = "enterprise" })).GetProperty("id").GetGuid();
        var reviewed = await api.AcceptedAsync("鹤山市决定演示有限公司");
        await api.StepAsync(await api.StaffTokenAsync("440784-reviewer"), reviewed.Id, "review", new { agrees = true, opinion = "同意" });

        await session.RunAsync(nameof(Should_show_every_error_next_to_its_field_when_a_staff_step_form_is_posted_incomplete), async page =>
        {
            await session.SignInAsync("440784-clerk");
            await page.GotoAsync($"/cases/{submitted}");
            var correction = page.Locator("form[data-action=RequestCorrection]");
            var rows = correction.Locator("fieldset[data-testid=correction-materials] .tick-row");
            await rows.Nth(0).Locator("input[type=checkbox]").CheckAsync();
            await rows.Nth(1).Locator("input[type=checkbox]").CheckAsync();
            await correction.Locator("button").ClickAsync();
            await correction.Locator(".field-error").First.WaitForAsync();
            (await rows.Nth(0).Locator(".field-error").CountAsync()).ShouldBe(1);
            (await rows.Nth(1).Locator(".field-error").CountAsync()).ShouldBe(1);
            (await rows.Nth(2).Locator(".field-error").CountAsync()).ShouldBe(0);
            (await rows.Nth(1).Locator("input[type=checkbox]").IsCheckedAsync()).ShouldBeTrue();
            (await page.Locator("[data-testid=step-error]").CountAsync()).ShouldBe(0);

            await page.Context.ClearCookiesAsync();
            await session.SignInAsync("440784-leader");
            await page.GotoAsync($"/cases/{reviewed.Id}");
            var decide = page.Locator("form[data-action=Decide]");
            await decide.Locator("button").ClickAsync();
            await decide.Locator(".field-error[data-field=approve]").WaitForAsync();
            (await decide.Locator(".field-error[data-field=reasons]").CountAsync()).ShouldBe(1);

            await decide.GetByLabel("不予许可", new() { Exact = true }).CheckAsync();
            await decide.Locator("button").ClickAsync();
            await decide.Locator(".field-error[data-field=legalBasis]").WaitForAsync();
            (await decide.Locator(".field-error[data-field=reasons]").InnerTextAsync()).ShouldContain("理由");
            (await decide.Locator(".field-error[data-field=approve]").CountAsync()).ShouldBe(0);
            (await decide.GetByLabel("不予许可", new() { Exact = true }).IsCheckedAsync()).ShouldBeTrue();

            var extend = page.Locator("form[data-action=Extend]");
            await extend.GetByLabel("延长工作日").FillAsync("0");
            await extend.Locator("button").ClickAsync();
            await extend.Locator(".field-error[data-field=workingDays]").WaitForAsync();
            (await extend.Locator(".field-error[data-field=reason]").CountAsync()).ShouldBe(1);
            (await page.Locator("[data-testid=step-error]").CountAsync()).ShouldBe(0);
            (await page.Locator("[data-testid=case-state]").InnerTextAsync()).ShouldBe("审查中");
        });
    }
}

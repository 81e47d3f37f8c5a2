using System.Net;
using Platform.Cases.Contracts;
using Platform.Kernel.Time;
using Platform.Testing;

namespace Platform.Projects.Tests.Stages;

/// <summary>ACCEPTANCE: an 鞍山 industrial project through the four stages on the 2026 calendar, against its 70-working-day cap.</summary>
public sealed class FourStageTests
{
    [Fact]
    public async Task Should_finish_within_the_cap_and_show_every_stage_when_an_industrial_project_runs_through_four_stages()
    {
        await using var api = await ProjectApi.StartAsync(TestClock.At(2026, 3, 2, 9));
        var project = await api.RegisterAsync();
        project.Code.ShouldStartWith("2026-210300-30-02-");
        project.ChainClock.CapWorkingDays.ShouldBe(70);

        var durations = new[] { 3, 4, 8, 18 };
        for (var ordinal = 1; ordinal <= 4; ordinal++)
        {
            project = await api.RunStageAsync(project.Id, ordinal, durations[ordinal - 1]);
            project.Stages[ordinal - 1].State.ShouldBe("completed");
            project.Stages[ordinal - 1].UsedWorkingDays.ShouldBe(durations[ordinal - 1]);
            await api.AdvanceAsync(TimeSpan.FromDays(7));
            (await api.GetAsync(project.Id)).ChainClock.UsedWorkingDays.ShouldBe(durations.Take(ordinal).Sum(), "the clock stands still between stages");
        }

        // Stage 3 (from 2026-03-25, 8 working days) skips 清明 (Apr 4–6) and ends on 04-07; stage 4 (from 04-14, 18 working days)
        // skips 劳动节 (May 1–5), counts the working Saturday May 9 and ends on 05-12.
        BusinessTime.DateOf(project.Stages[2].CompletedAt!.Value).ShouldBe(new DateOnly(2026, 4, 7));
        BusinessTime.DateOf(project.Stages[3].AcceptedAt!.Value).ShouldBe(new DateOnly(2026, 4, 14));
        BusinessTime.DateOf(project.Stages[3].CompletedAt!.Value).ShouldBe(new DateOnly(2026, 5, 12));
        project.ChainClock.ShouldSatisfyAllConditions(
            c => c.UsedWorkingDays.ShouldBe(33),
            c => c.Finished.ShouldBeTrue(),
            c => c.WithinCap.ShouldBeTrue());
        project.Stages.SelectMany(s => s.Members).ShouldAllBe(m => m.CaseState == nameof(CaseState.Approved));

        using var browser = new CookieBrowser(api.Host);
        await browser.SignInAsync(ProjectApi.Enterprise, "Demo@123456", "applicant");
        var html = WebUtility.HtmlDecode(await browser.Client.GetStringAsync($"/projects/{project.Id}"));
        html.ShouldContain("已用 33 / 70 个工作日");
        html.ShouldContain(project.Code);
        foreach (var stage in project.Stages)
        {
            html.ShouldContain($"data-testid=\"stage-node-{stage.Ordinal}\"");
            foreach (var member in stage.Members)
            {
                html.ShouldContain(member.MatterName);
                html.ShouldContain(member.DueDate!.Value.ToString("yyyy-MM-dd"));
            }
        }
    }

    [Fact]
    public async Task Should_break_the_cap_and_show_it_overdue_when_the_stages_together_take_more_than_seventy_working_days()
    {
        await using var api = await ProjectApi.StartAsync(TestClock.At(2026, 3, 2, 9));
        var project = await api.RegisterAsync();
        var durations = new[] { 20, 20, 20, 15 };
        for (var ordinal = 1; ordinal <= 4; ordinal++)
        {
            project = await api.RunStageAsync(project.Id, ordinal, durations[ordinal - 1]);
            await api.AdvanceAsync(TimeSpan.FromDays(3));
        }

        project.ChainClock.ShouldSatisfyAllConditions(
            c => c.UsedWorkingDays.ShouldBe(75),
            c => c.Finished.ShouldBeTrue(),
            c => c.WithinCap.ShouldBeFalse(),
            c => c.Warning.ShouldBe("Overdue"));
        project.Stages[0].Warning.ShouldBe("Overdue", "stage 1 took 20 working days against its committed 10");

        using var browser = new CookieBrowser(api.Host);
        await browser.SignInAsync(ProjectApi.Enterprise, "Demo@123456", "applicant");
        var html = WebUtility.HtmlDecode(await browser.Client.GetStringAsync($"/projects/{project.Id}"));
        html.ShouldContain("已用 75 / 70 个工作日");
        html.ShouldContain("超过全流程时限 5 个工作日");
    }
}

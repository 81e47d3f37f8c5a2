using System.Net;
using Platform.Cases.Contracts;
using Platform.Testing;

namespace Platform.Projects.Tests.Stages;

public sealed class ParallelStageTests
{
    [Fact]
    public async Task Should_open_one_case_per_matter_accepted_together_at_the_window_when_a_stage_is_filed_with_one_form()
    {
        await using var api = await ProjectApi.StartAsync(TestClock.At(2026, 3, 2, 9));
        var project = await api.RegisterAsync();
        (await api.FileAsync(project, 1)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var filed = await api.GetAsync(project.Id);
        var members = filed.Stages[0].Members;
        members.Select(m => m.MatterName).ShouldBe(["企业投资项目备案", "建设用地规划许可证核发", "建设项目用地预审与选址意见书核发"], ignoreOrder: true);
        members.Select(m => m.CaseId).Distinct().Count().ShouldBe(3);
        members.ShouldAllBe(m => m.CaseState == nameof(CaseState.Submitted));

        var early = await api.FileAsync(filed, 2);
        early.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ProjectApi.CodeAsync(early)).ShouldBe("project.stage_previous_open");

        var accepted = await api.AcceptAsync(project.Id, 1);
        var cases = new List<CaseView>();
        foreach (var member in accepted.Stages[0].Members) cases.Add((await api.Get<ICaseReader>().GetAsync(member.CaseId!.Value, CancellationToken.None))!);
        cases.Select(c => c.AcceptedAt).Distinct().Count().ShouldBe(1, "one window accepts the stage's cases at once");
        cases.ShouldAllBe(c => c.ApplicantName == accepted.EnterpriseName && c.EnterpriseCode == ProjectApi.Enterprise);
        cases.Single(c => c.MatterCode == ProjectApi.Filing).IntakeRoute.ShouldBe("commitment");
        cases.Single(c => c.MatterCode == ProjectApi.LandPlanningPermit).ShouldSatisfyAllConditions(
            c => c.State.ShouldBe(nameof(CaseState.UnderReview)),
            c => c.Deadline!.Due.ShouldBe(new DateOnly(2026, 3, 3), "the land-use planning permit is due within 24 hours"));
        accepted.Stages[0].DueDate.ShouldBe(new DateOnly(2026, 3, 16));
        accepted.Stages[0].State.ShouldBe("accepted");

        await api.ApproveAsync(cases.Single(c => c.MatterCode == ProjectApi.LandPlanningPermit).Id);
        (await api.GetAsync(project.Id)).Stages[0].State.ShouldBe("accepted", "the land pre-review is still open and the stage needs all members");
    }

    [Fact]
    public async Task Should_complete_on_its_milestone_while_the_hook_up_runs_on_when_the_stage_completes_on_milestones()
    {
        await using var api = await ProjectApi.StartAsync(TestClock.At(2026, 3, 2, 9));
        var project = await api.RunStageAsync((await api.RegisterAsync()).Id, 1, 2);
        (await api.FileAsync(project, 2)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var accepted = await api.AcceptAsync(project.Id, 2);
        await api.ApproveAsync(accepted.Stages[1].Members.Single(m => m.MatterCode == ProjectApi.PlanningPermit).CaseId!.Value);

        var after = await api.GetAsync(project.Id);
        after.Stages[1].State.ShouldBe("completed");
        after.Stages[1].Members.Single(m => m.MatterCode == ProjectApi.UtilityHookUp).CaseState.ShouldBe(nameof(CaseState.UnderReview));
        after.ChainClock.Running.ShouldBeFalse();
    }
}

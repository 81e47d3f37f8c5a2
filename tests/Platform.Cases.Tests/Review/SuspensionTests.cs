using Platform.Cases.Contracts;
using Platform.Cases.Intake;
using Platform.Cases.Review;
using Platform.Cases.Tracking;
using Platform.Cases.Workflow;
using Platform.Kernel.Errors;
using Platform.Testing;

namespace Platform.Cases.Tests.Review;

public sealed class SuspensionTests
{
    private static readonly string[] AllPermitMaterials = [.. TestMatters.PlanningPermit.Materials.Select(m => m.Code)];

    [Theory]
    [InlineData("Survey", 422)]
    [InlineData("Appraisal", 422)]
    [InlineData("", 400)]
    public async Task Should_refuse_and_leave_the_clock_running_when_the_matter_does_not_declare_the_procedure_or_none_is_chosen(string procedure,
        int status)
    {
        await using var fixture = await CaseFixture.StartAsync(TestClock.At(2026, 9, 14));
        var accepted = await AcceptedAsync(fixture);

        var problem = await Should.ThrowAsync<PlatformProblem>(() => fixture.Get<ReviewSteps>().SuspendAsync(accepted.Id, accepted.Version,
            procedure, "现场勘查", CaseFixture.Reviewer, CancellationToken.None));

        problem.Status.ShouldBe(status);
        problem.Code.ShouldBe("case.suspension.procedure_not_declared");
        problem.Errors.Keys.ShouldContain("procedure");
        var view = (await fixture.Get<CaseQueries>().GetAsync(accepted.Id, CancellationToken.None))!;
        view.State.ShouldBe("UnderReview");
        view.Deadline!.Status.ShouldBe("Running");
        view.Suspensions.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_give_a_public_notice_its_seven_calendar_days_and_end_it_when_the_clock_resumes()
    {
        await using var fixture = await CaseFixture.StartAsync(TestClock.At(2026, 9, 14));
        var accepted = await AcceptedAsync(fixture);
        fixture.Clock.Set(TestClock.At(2026, 9, 15));

        var suspended = await fixture.Get<ReviewSteps>().SuspendAsync(accepted.Id, accepted.Version, "PublicNotice", "设计方案批前公示",
            CaseFixture.Reviewer, CancellationToken.None);

        var view = (await fixture.Get<CaseQueries>().GetAsync(suspended.Id, CancellationToken.None))!;
        view.Suspensions.Single().ShouldSatisfyAllConditions(
            s => s.ProcedureName.ShouldBe("批前公示"), s => s.Due.ShouldBe(new DateOnly(2026, 9, 22)), s => s.EndedAt.ShouldBeNull());
        view.Procedures.Select(p => p.LimitText).ShouldContain("7个自然日");

        fixture.Clock.Set(TestClock.At(2026, 9, 21));
        var resumed = await fixture.Get<ReviewSteps>().ResumeAsync(suspended.Id, suspended.Version, "公示无异议", CaseFixture.Reviewer, CancellationToken.None);

        resumed.State.ShouldBe(CaseState.UnderReview);
        var after = (await fixture.Get<CaseQueries>().GetAsync(resumed.Id, CancellationToken.None))!;
        after.Suspensions.Single().EndedAt.ShouldNotBeNull();
        after.Timeline[^1].Data.GetProperty("suspendedDays").GetInt32().ShouldBe(6);
    }

    private static async Task<CaseRow> AcceptedAsync(CaseFixture fixture)
    {
        var submitted = await fixture.SubmitAsync(TestMatters.PlanningPermit, AllPermitMaterials);
        return await fixture.Get<AcceptCase>().AcceptAsync(submitted.Id, submitted.Version, CaseFixture.Clerk, CancellationToken.None);
    }
}

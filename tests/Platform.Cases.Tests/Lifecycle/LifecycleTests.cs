using Platform.Catalogue.Contracts;
using Dapper;
using Npgsql;
using Platform.Cases.Contracts;
using Platform.Cases.Credit;
using Platform.Cases.Decision;
using Platform.Cases.Delivery;
using Platform.Cases.Intake;
using Platform.Cases.Review;
using Platform.Cases.Tracking;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Testing;

namespace Platform.Cases.Tests.Lifecycle;

public sealed class LifecycleTests
{
    private static readonly string[] AllPermitMaterials = [.. TestMatters.PlanningPermit.Materials.Select(m => m.Code)];

    [Fact]
    public async Task Should_go_from_submission_to_courier_delivery_with_every_step_on_the_timeline_and_the_audit_chain_intact()
    {
        await using var fixture = await CaseFixture.StartAsync(TestClock.At(2026, 9, 14));
        var submitted = await fixture.SubmitAsync(TestMatters.PlanningPermit, AllPermitMaterials);
        var accepted = await fixture.Get<AcceptCase>().AcceptAsync(submitted.Id, submitted.Version, CaseFixture.Clerk, CancellationToken.None);
        fixture.Clock.Set(TestClock.At(2026, 9, 15));
        var reviewed = await fixture.Get<ReviewSteps>().CompleteStepAsync(accepted.Id, accepted.Version, true, "符合规划条件", CaseFixture.Reviewer, CancellationToken.None);
        var decided = await fixture.Get<DecideCase>().HandleAsync(reviewed.Id, reviewed.Version, true, "材料齐全，符合法定条件", "《城乡规划法》第三十八条", CaseFixture.Reviewer, CancellationToken.None);
        var dispatched = await fixture.Get<DeliverResult>().HandleAsync(decided.Id, decided.Version, DeliveryMethod.Courier, "SF1234567890", null, CaseFixture.Clerk, CancellationToken.None);
        dispatched.State.ShouldBe(CaseState.InDelivery);
        var delivered = await fixture.Get<DeliveryOutcome>().ConfirmAsync(dispatched.Id, dispatched.Version, "本人签收", CaseFixture.Clerk, CancellationToken.None);

        delivered.State.ShouldBe(CaseState.Delivered);
        var view = (await fixture.Get<CaseQueries>().GetAsync(delivered.Id, CancellationToken.None))!;
        view.Timeline.Select(t => t.Action).ShouldBe(["Submit", "Accept", "CompleteReviewStep", "Decide", "Deliver", "ConfirmDelivery"]);
        view.Deadline!.Status.ShouldBe("Closed");
        view.Decision!.Approved.ShouldBeTrue();
        view.Timeline[3].Data.GetProperty("licence").GetString()!.ShouldStartWith("440784-建设用地规划许可证-");
        view.AllowedActions.ShouldNotContain("Deliver");
        (await fixture.Get<IAuditTrail>().VerifyAsync("440784", CancellationToken.None)).ShouldSatisfyAllConditions(
            v => v.Intact.ShouldBeTrue(), v => v.RecordsChecked.ShouldBeGreaterThanOrEqualTo(5));
    }

    [Fact]
    public async Task Should_refuse_a_step_the_state_does_not_allow_and_name_the_allowed_ones()
    {
        await using var fixture = await CaseFixture.StartAsync(TestClock.At(2026, 9, 14));
        var submitted = await fixture.SubmitAsync(TestMatters.PlanningPermit, AllPermitMaterials);

        var problem = await Should.ThrowAsync<PlatformProblem>(() => fixture.Get<DeliverResult>().HandleAsync(
            submitted.Id, submitted.Version, DeliveryMethod.Window, null, null, CaseFixture.Clerk, CancellationToken.None));

        problem.Status.ShouldBe(409);
        problem.Code.ShouldBe("case.transition.not_allowed");
        ((string[])problem.Extensions["allowed"]!).ShouldContain("Accept");
    }

    [Fact]
    public async Task Should_let_one_of_two_simultaneous_steps_win_and_answer_the_other_with_a_conflict()
    {
        await using var fixture = await CaseFixture.StartAsync(TestClock.At(2026, 9, 14));
        var submitted = await fixture.SubmitAsync(TestMatters.PlanningPermit, AllPermitMaterials);
        var accept = fixture.Get<AcceptCase>();

        var outcomes = await Task.WhenAll(
            Attempt(() => accept.AcceptAsync(submitted.Id, submitted.Version, CaseFixture.Clerk, CancellationToken.None)),
            Attempt(() => fixture.Get<RejectAtIntake>().HandleAsync(submitted.Id, submitted.Version, "不属于本机关职权范围", CaseFixture.Clerk, CancellationToken.None)));

        outcomes.Count(o => o is null).ShouldBe(1);
        outcomes.Single(o => o is not null)!.Code.ShouldBe("case.version.conflict");
        var view = (await fixture.Get<CaseQueries>().GetAsync(submitted.Id, CancellationToken.None))!;
        view.Version.ShouldBe(2);
        view.Timeline.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Should_refuse_notification_commitment_when_the_applicant_is_on_the_dishonest_list()
    {
        await using var fixture = await CaseFixture.StartAsync(TestClock.At(2026, 9, 14));
        var submitted = await fixture.SubmitAsync(TestMatters.SealEngraving, "B01", "B02");
        await fixture.Get<ITransactionRunner>().RunAsync(async tx =>
        {
            await fixture.Get<CreditList>().ListAsync(tx, "440784", "91440784MA5TEST01X", "拖欠税款被列入失信名单");
            return 0;
        }, CancellationToken.None);

        var problem = await Should.ThrowAsync<PlatformProblem>(() => fixture.Get<AcceptCase>().AcceptOnCommitmentAsync(
            submitted.Id, submitted.Version, true, CaseFixture.Clerk, CancellationToken.None));

        problem.Code.ShouldBe("case.intake.applicant_dishonest");
    }

    [Fact]
    public async Task Should_decide_at_once_with_a_post_verification_deadline_when_an_honest_applicant_commits()
    {
        await using var fixture = await CaseFixture.StartAsync(TestClock.At(2026, 9, 14));
        var submitted = await fixture.SubmitAsync(TestMatters.SealEngraving, "B01", "B02");

        var decided = await fixture.Get<AcceptCase>().AcceptOnCommitmentAsync(submitted.Id, submitted.Version, true, CaseFixture.Clerk, CancellationToken.None);

        decided.State.ShouldBe(CaseState.Approved);
        await using var connection = new NpgsqlConnection(fixture.Host.App.Database.ConnectionString);
        var due = await connection.QuerySingleAsync<string>("SELECT due_date::text FROM cases.post_verifications WHERE case_id = @Id", new { decided.Id });
        // Twenty working days after 14 September: 25 Sep and 1–7 Oct do not count, Sunday 20 Sep and Saturday 10 Oct do.
        due.ShouldBe("2026-10-16");
    }

    [Fact]
    public async Task Should_move_the_due_date_for_a_hearing_and_an_extension_on_the_2026_calendar()
    {
        await using var fixture = await CaseFixture.StartAsync(TestClock.At(2026, 9, 28));
        var submitted = await fixture.SubmitAsync(TestMatters.PlanningPermit, AllPermitMaterials);
        var accepted = await fixture.Get<AcceptCase>().AcceptAsync(submitted.Id, submitted.Version, CaseFixture.Clerk, CancellationToken.None);
        accepted.DueDate.ShouldBe(new DateOnly(2026, 10, 8));

        fixture.Clock.Set(TestClock.At(2026, 9, 29));
        var review = fixture.Get<ReviewSteps>();
        var suspended = await review.SuspendAsync(accepted.Id, accepted.Version, "Hearing", "利害关系人申请听证", CaseFixture.Reviewer, CancellationToken.None);
        fixture.Clock.Set(TestClock.At(2026, 10, 9));
        var resumed = await review.ResumeAsync(suspended.Id, suspended.Version, "听证完毕", CaseFixture.Reviewer, CancellationToken.None);
        // One working day (29 Sep) was used before the hearing; two remain from 9 October: 10 and 12 October.
        resumed.DueDate.ShouldBe(new DateOnly(2026, 10, 12));

        var extended = await review.ExtendAsync(resumed.Id, resumed.Version, 3, "案情复杂，经负责人批准延期", CaseFixture.Reviewer, CancellationToken.None);
        extended.DueDate.ShouldBe(new DateOnly(2026, 10, 15));
    }

    [Fact]
    public async Task Should_refuse_a_decision_while_a_review_step_is_open_and_a_refusal_without_legal_basis()
    {
        await using var fixture = await CaseFixture.StartAsync(TestClock.At(2026, 9, 14));
        var submitted = await fixture.SubmitAsync(TestMatters.PlanningPermit, AllPermitMaterials);
        var accepted = await fixture.Get<AcceptCase>().AcceptAsync(submitted.Id, submitted.Version, CaseFixture.Clerk, CancellationToken.None);
        var decide = fixture.Get<DecideCase>();

        (await Should.ThrowAsync<PlatformProblem>(() => decide.HandleAsync(accepted.Id, accepted.Version, true, "同意", null, CaseFixture.Reviewer, CancellationToken.None)))
            .Code.ShouldBe("case.review.incomplete");
        (await Should.ThrowAsync<PlatformProblem>(() => decide.HandleAsync(accepted.Id, accepted.Version, false, "不符合条件", " ", CaseFixture.Reviewer, CancellationToken.None)))
            .Code.ShouldBe("case.decision.legal_basis_required");
    }

    private static async Task<PlatformProblem?> Attempt(Func<Task> step)
    {
        try
        {
            await step();
            return null;
        }
        catch (PlatformProblem problem)
        {
            return problem;
        }
    }
}

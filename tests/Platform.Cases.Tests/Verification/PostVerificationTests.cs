using Dapper;
using Npgsql;
using Platform.Cases.Contracts;
using Platform.Cases.Intake;
using Platform.Cases.Tracking;
using Platform.Cases.Verification;
using Platform.Cases.Withdrawal;
using Platform.Cases.Workflow;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Testing;

namespace Platform.Cases.Tests.Verification;

public sealed class PostVerificationTests
{
    private static readonly CaseActor Verifier = new("reviewer-zjj", "住建局王芳", "440784", "zjj");

    [Fact]
    public async Task Should_hold_the_verification_in_the_verifying_units_queue_due_by_the_matters_own_limit_when_decided_on_commitment()
    {
        await using var fixture = await CaseFixture.StartAsync(TestClock.At(2026, 9, 14));

        var decided = await CommittedAsync(fixture);

        var view = (await fixture.Get<CaseQueries>().GetAsync(decided.Id, CancellationToken.None))!;
        view.PostVerification.ShouldNotBeNull();
        view.PostVerification.UnitCode.ShouldBe("zjj");
        // Ten working days after Monday 14 September 2026: Sunday the 20th is a work day, the 25th (中秋) is not.
        view.PostVerification.Due.ShouldBe(new DateOnly(2026, 9, 28));
        view.PostVerification.ResultName.ShouldBe("待核查");
        view.AllowedActions.ShouldContain("RecordVerification");
        var queue = await fixture.Get<VerificationQueue>().PendingAsync("440784", "zjj", 1, 20, CancellationToken.None);
        queue.Items.Select(i => i.Id).ShouldBe([decided.Id]);
        queue.Items[0].DueDate.ShouldBe(new DateOnly(2026, 9, 28));
    }

    [Fact]
    public async Task Should_close_the_verification_and_keep_the_decision_when_the_commitment_is_verified_true()
    {
        await using var fixture = await CaseFixture.StartAsync(TestClock.At(2026, 9, 14));
        var decided = await CommittedAsync(fixture);
        fixture.Clock.Set(TestClock.At(2026, 9, 22));

        var verified = await fixture.Get<RecordVerification>().HandleAsync(decided.Id, decided.Version, true, "现场核查与承诺一致", Verifier,
            CancellationToken.None);

        verified.State.ShouldBe(CaseState.Approved);
        var view = (await fixture.Get<CaseQueries>().GetAsync(decided.Id, CancellationToken.None))!;
        view.PostVerification!.ResultName.ShouldBe("核查属实");
        view.PostVerification.VerifiedByName.ShouldBe("住建局王芳");
        view.AllowedActions.ShouldNotContain("RecordVerification");
        view.Timeline[^1].ActionName.ShouldBe("告知承诺核查");
        (await fixture.Get<VerificationQueue>().PendingAsync("440784", "zjj", 1, 20, CancellationToken.None)).Total.ShouldBe(0);
        (await OpenVerificationDeadlinesAsync(fixture, decided.Id)).ShouldBe(0);
        await Should.ThrowAsync<PlatformProblem>(() => fixture.Get<RecordVerification>().HandleAsync(decided.Id, verified.Version, false, "再次核查",
            Verifier, CancellationToken.None));
    }

    [Fact]
    public async Task Should_revoke_the_decision_list_the_applicant_and_refuse_its_next_commitment_when_the_commitment_is_false()
    {
        await using var fixture = await CaseFixture.StartAsync(TestClock.At(2026, 9, 14));
        var decided = await CommittedAsync(fixture);

        var revoked = await fixture.Get<RecordVerification>().HandleAsync(decided.Id, decided.Version, false, "消防设计文件与承诺不符，未设置消防车道",
            Verifier, CancellationToken.None);

        revoked.State.ShouldBe(CaseState.Revoked);
        var view = (await fixture.Get<CaseQueries>().GetAsync(decided.Id, CancellationToken.None))!;
        view.PostVerification!.ResultName.ShouldBe("承诺不实");
        view.PostVerification.Findings.ShouldBe("消防设计文件与承诺不符，未设置消防车道");
        view.NextForApplicant.ShouldContain("撤销");
        await using var connection = new NpgsqlConnection(fixture.Host.App.Database.ConnectionString);
        (await connection.QuerySingleAsync<int>("SELECT count(*)::int FROM cases.licences WHERE case_id = @Id AND revoked_at IS NULL",
            new { decided.Id })).ShouldBe(0);
        (await fixture.Get<ITransactionRunner>().RunAsync(tx => fixture.Get<Credit.CreditList>().IsDishonestAsync(tx, "440784", "91440784MA5TEST01X"),
            CancellationToken.None)).ShouldBeTrue();

        var next = await fixture.SubmitAsync(TestMatters.FireDesignReview, "F01");
        var refused = await Should.ThrowAsync<PlatformProblem>(() => fixture.Get<AcceptCase>().AcceptOnCommitmentAsync(next.Id, next.Version, true,
            CaseFixture.Clerk, CancellationToken.None));
        refused.Code.ShouldBe("case.intake.applicant_dishonest");
    }

    [Fact]
    public async Task Should_refuse_a_false_commitment_without_findings_and_change_nothing()
    {
        await using var fixture = await CaseFixture.StartAsync(TestClock.At(2026, 9, 14));
        var decided = await CommittedAsync(fixture);

        var problem = await Should.ThrowAsync<PlatformProblem>(() => fixture.Get<RecordVerification>().HandleAsync(decided.Id, decided.Version,
            false, "  ", Verifier, CancellationToken.None));

        problem.Status.ShouldBe(400);
        problem.Code.ShouldBe("case.verification.findings_required");
        (await fixture.Get<CaseQueries>().GetAsync(decided.Id, CancellationToken.None))!.State.ShouldBe("Approved");
    }

    [Fact]
    public async Task Should_refuse_the_verification_to_a_unit_that_does_not_verify_the_matter()
    {
        await using var fixture = await CaseFixture.StartAsync(TestClock.At(2026, 9, 14));
        var decided = await CommittedAsync(fixture);

        var problem = await Should.ThrowAsync<PlatformProblem>(() => fixture.Get<RecordVerification>().HandleAsync(decided.Id, decided.Version,
            true, null, CaseFixture.Reviewer, CancellationToken.None));

        problem.Status.ShouldBe(403);
        (await fixture.Get<VerificationQueue>().PendingAsync("440784", "zjj", 1, 20, CancellationToken.None)).Total.ShouldBe(1);
    }

    [Fact]
    public async Task Should_leave_the_verification_queue_and_stop_its_clock_when_the_decision_is_revoked_on_a_legal_ground()
    {
        await using var fixture = await CaseFixture.StartAsync(TestClock.At(2026, 9, 14));
        var decided = await CommittedAsync(fixture);

        await fixture.Get<RevokeDecision>().HandleAsync(decided.Id, decided.Version, "revoke", "《行政许可法》第六十九条", Verifier, CancellationToken.None);

        (await fixture.Get<VerificationQueue>().PendingAsync("440784", "zjj", 1, 20, CancellationToken.None)).Total.ShouldBe(0);
        (await OpenVerificationDeadlinesAsync(fixture, decided.Id)).ShouldBe(0);
        var view = (await fixture.Get<CaseQueries>().GetAsync(decided.Id, CancellationToken.None))!;
        view.PostVerification!.ResultName.ShouldBe("决定已撤销，无需核查");
        view.AllowedActions.ShouldBeEmpty();
    }

    private static async Task<CaseRow> CommittedAsync(CaseFixture fixture)
    {
        var submitted = await fixture.SubmitAsync(TestMatters.FireDesignReview, "F01");
        return await fixture.Get<AcceptCase>().AcceptOnCommitmentAsync(submitted.Id, submitted.Version, true, CaseFixture.Clerk, CancellationToken.None);
    }

    private static async Task<int> OpenVerificationDeadlinesAsync(CaseFixture fixture, Guid caseId)
    {
        await using var connection = new NpgsqlConnection(fixture.Host.App.Database.ConnectionString);
        return await connection.QuerySingleAsync<int>(
            "SELECT count(*)::int FROM calendar.deadlines WHERE subject_type = 'post-verification' AND subject_id LIKE @prefix AND closed_at IS NULL",
            new { prefix = $"{caseId}:%" });
    }
}

using System.Net;
using Dapper;
using Npgsql;
using Platform.Cases.Contracts;
using Platform.Cases.Correction;
using Platform.Cases.Decision;
using Platform.Cases.Intake;
using Platform.Cases.Licences;
using Platform.Cases.Review;
using Platform.Cases.Tracking;
using Platform.Cases.Withdrawal;
using Platform.Kernel.Audit;
using Platform.Kernel.Errors;
using Platform.Testing;

namespace Platform.Cases.Tests.Withdrawal;

public sealed class WithdrawalTests
{
    private static readonly string[] AllPermitMaterials = [.. TestMatters.PlanningPermit.Materials.Select(m => m.Code)];

    [Theory]
    [InlineData("Submitted")]
    [InlineData("AwaitingCorrection")]
    [InlineData("UnderReview")]
    [InlineData("Suspended")]
    public async Task Should_close_the_case_and_stop_every_clock_when_the_applicant_withdraws_before_a_decision(string state)
    {
        await using var fixture = await CaseFixture.StartAsync(TestClock.At(2026, 9, 14));
        var row = await fixture.SubmitAsync(TestMatters.PlanningPermit, "M01");
        if (state != "Submitted" && state != "AwaitingCorrection")
            row = await fixture.Get<AcceptCase>().TolerantAcceptAsync(row.Id, row.Version, true, CaseFixture.Clerk, CancellationToken.None);
        if (state == "AwaitingCorrection")
            row = await fixture.Get<CorrectionSteps>().RequestAsync(row.Id, row.Version, [new CorrectionItem("M01", null, "签章缺失")], CaseFixture.Clerk, CancellationToken.None);
        if (state == "Suspended")
            row = await fixture.Get<ReviewSteps>().SuspendAsync(row.Id, row.Version, "ExpertReview", "专家论证", CaseFixture.Reviewer, CancellationToken.None);

        var withdrawn = await fixture.Get<WithdrawCase>().HandleAsync(row.Id, row.Version, "项目取消", CaseFixture.Applicant, CancellationToken.None);

        withdrawn.State.ShouldBe(CaseState.Withdrawn);
        var view = (await fixture.Get<CaseQueries>().GetAsync(row.Id, CancellationToken.None))!;
        if (view.Deadline is not null) view.Deadline.Status.ShouldBe("Closed");
        await using var connection = new NpgsqlConnection(fixture.Host.App.Database.ConnectionString);
        (await connection.QuerySingleAsync<int>(
            "SELECT count(*)::int FROM calendar.deadlines WHERE subject_id LIKE @prefix AND closed_at IS NULL", new { prefix = $"{row.Id}%" })).ShouldBe(0);
    }

    [Fact]
    public async Task Should_refuse_a_withdrawal_after_the_decision()
    {
        await using var fixture = await CaseFixture.StartAsync(TestClock.At(2026, 9, 14));
        var decided = await DecidedPermitAsync(fixture);

        var problem = await Should.ThrowAsync<PlatformProblem>(() =>
            fixture.Get<WithdrawCase>().HandleAsync(decided.Id, decided.Version, "不想要了", CaseFixture.Applicant, CancellationToken.None));

        problem.Code.ShouldBe("case.transition.not_allowed");
    }

    [Fact]
    public async Task Should_take_a_revoked_licence_out_of_the_library_from_that_instant()
    {
        await using var fixture = await CaseFixture.StartAsync(TestClock.At(2026, 9, 14));
        var decided = await DecidedPermitAsync(fixture);
        await using var connection = new NpgsqlConnection(fixture.Host.App.Database.ConnectionString);
        var library = fixture.Get<LicenceLibrary>();
        (await library.OfHolderAsync(connection, CaseFixture.Applicant.Id)).Single().RevokedAt.ShouldBeNull();

        var revoked = await fixture.Get<RevokeDecision>().HandleAsync(decided.Id, decided.Version, "revoke", "《行政许可法》第六十九条：以欺骗手段取得",
            CaseFixture.Reviewer, CancellationToken.None);

        revoked.State.ShouldBe(CaseState.Revoked);
        (await library.OfHolderAsync(connection, CaseFixture.Applicant.Id)).Single().RevokedAt.ShouldNotBeNull();
        (await fixture.Get<CaseQueries>().GetAsync(decided.Id, CancellationToken.None))!.NextForApplicant.ShouldContain("撤销");
    }

    private static async Task<Workflow.CaseRow> DecidedPermitAsync(CaseFixture fixture)
    {
        var submitted = await fixture.SubmitAsync(TestMatters.PlanningPermit, AllPermitMaterials);
        var accepted = await fixture.Get<AcceptCase>().AcceptAsync(submitted.Id, submitted.Version, CaseFixture.Clerk, CancellationToken.None);
        var reviewed = await fixture.Get<ReviewSteps>().CompleteStepAsync(accepted.Id, accepted.Version, true, "同意", CaseFixture.Reviewer, CancellationToken.None);
        return await fixture.Get<DecideCase>().HandleAsync(reviewed.Id, reviewed.Version, true, "符合条件", "《城乡规划法》第三十八条", CaseFixture.Reviewer, CancellationToken.None);
    }
}

using Platform.Calendar.Contracts;
using Platform.Cases.Intake;
using Platform.Cases.Tracking;
using Platform.Testing;

namespace Platform.Cases.Tests.Review;

public sealed class CalendarChangeTests
{
    [Fact]
    public async Task Should_move_a_running_cases_due_date_in_the_queue_when_the_region_closes_a_day()
    {
        await using var fixture = await CaseFixture.StartAsync(TestClock.At(2026, 9, 14));
        var submitted = await fixture.SubmitAsync(TestMatters.PlanningPermit, [.. TestMatters.PlanningPermit.Materials.Select(m => m.Code)]);
        var accepted = await fixture.Get<AcceptCase>().AcceptAsync(submitted.Id, submitted.Version, CaseFixture.Clerk, CancellationToken.None);
        accepted.DueDate.ShouldBe(new DateOnly(2026, 9, 17));

        await fixture.Get<IRegionCalendarAdmin>().AddDayAsync("440784",
            new RegionDay(new DateOnly(2026, 9, 16), RegionDayKind.Rest, "台风停工"), "admin-hs", CancellationToken.None);

        var queue = await fixture.Get<CaseLists>().UnitQueueAsync("440784", "zrzy", 1, 20, CancellationToken.None);
        queue.Items.Single().DueDate.ShouldBe(new DateOnly(2026, 9, 18));
        (await fixture.Get<CaseQueries>().GetAsync(accepted.Id, CancellationToken.None))!.Deadline!.Due.ShouldBe(new DateOnly(2026, 9, 18));
    }

    [Fact]
    public async Task Should_move_the_supply_date_the_applicant_reads_when_a_rest_day_is_added_after_tolerant_acceptance()
    {
        await using var fixture = await CaseFixture.StartAsync(TestClock.At(2026, 9, 14));
        var submitted = await fixture.SubmitAsync(TestMatters.PlanningPermit, "M01");
        var accepted = await fixture.Get<AcceptCase>().TolerantAcceptAsync(submitted.Id, submitted.Version, true, CaseFixture.Clerk,
            CancellationToken.None);
        // Ten working days after 14 September 2026: 20 September is a work day, 25 September (中秋) is not.
        var before = (await fixture.Get<CaseQueries>().GetAsync(accepted.Id, CancellationToken.None))!;
        before.Materials.First(m => m.Code == "M02").DeferredDueDate.ShouldBe(new DateOnly(2026, 9, 28));
        before.NextForApplicant.ShouldContain("2026年9月28日前");

        await fixture.Get<IRegionCalendarAdmin>().AddDayAsync("440784",
            new RegionDay(new DateOnly(2026, 9, 22), RegionDayKind.Rest, "台风停工"), "admin-hs", CancellationToken.None);

        var after = (await fixture.Get<CaseQueries>().GetAsync(accepted.Id, CancellationToken.None))!;
        after.Materials.First(m => m.Code == "M02").DeferredDueDate.ShouldBe(new DateOnly(2026, 9, 29));
        after.NextForApplicant.ShouldContain("2026年9月29日前");
        after.NextForApplicant.ShouldNotContain("2026年9月28日前");
    }

    [Fact]
    public async Task Should_move_a_post_verifications_due_date_when_a_rest_day_is_added_after_the_decision()
    {
        await using var fixture = await CaseFixture.StartAsync(TestClock.At(2026, 9, 14));
        var submitted = await fixture.SubmitAsync(TestMatters.FireDesignReview, "F01");
        var decided = await fixture.Get<AcceptCase>().AcceptOnCommitmentAsync(submitted.Id, submitted.Version, true, CaseFixture.Clerk,
            CancellationToken.None);

        await fixture.Get<IRegionCalendarAdmin>().AddDayAsync("440784",
            new RegionDay(new DateOnly(2026, 9, 22), RegionDayKind.Rest, "台风停工"), "admin-hs", CancellationToken.None);

        (await fixture.Get<CaseQueries>().GetAsync(decided.Id, CancellationToken.None))!.PostVerification!.Due.ShouldBe(new DateOnly(2026, 9, 29));
        var queue = await fixture.Get<Platform.Cases.Verification.VerificationQueue>().PendingAsync("440784", "zjj", 1, 20, CancellationToken.None);
        queue.Items.Single().DueDate.ShouldBe(new DateOnly(2026, 9, 29));
    }
}

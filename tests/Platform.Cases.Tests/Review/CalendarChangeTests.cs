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
}

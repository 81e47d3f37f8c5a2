using Platform.Cases.Contracts;
using Platform.Kernel.Database;
using Platform.Supervision.Statistics;
using Platform.Testing;

namespace Platform.Supervision.Tests.Statistics;

/// <summary>
/// Four hand-counted cases of 鹤山 unit zrzy in late September 2026 (中秋 25–27 off):
/// 1 (matter A, online) accepted 09-21 due 09-24, approved 09-23: on time, 2 working days of a 3-day limit;
/// 2 (matter A, window) tolerant-accepted 09-22 due 09-23, refused 09-28: overdue, 3 working days of a 1-day limit;
/// 3 (matter B, online) accepted on commitment and approved 09-22: on time, 0 of 0;
/// 4 (matter A, online) submitted 09-24, not yet accepted.
/// </summary>
public sealed class DailyStatisticsTests
{
    private const string Region = "440784";

    [Fact]
    public async Task Should_sum_the_hand_counted_fixture_by_region_matter_and_period()
    {
        var clock = new TestClock(TestClock.At(2026, 9, 30, 10));
        await using var host = await SupervisionHost.StartAsync(clock);
        var writer = host.Get<IEnumerable<ICaseStepWriter>>().OfType<CaseStatisticsObserver>().Single();
        foreach (var step in Fixture())
            await host.Get<ITransactionRunner>().RunAsync(async tx =>
            {
                await using var batch = new Npgsql.NpgsqlBatch(tx.Connection, tx);
                foreach (var write in await writer.WritesAsync(step, CancellationToken.None)) batch.BatchCommands.Add(write);
                return await batch.ExecuteNonQueryAsync();
            }, CancellationToken.None);
        var statistics = host.Get<StatisticsQueries>();

        var region = (await statistics.SumAsync(Region, new DateOnly(2026, 9, 21), new DateOnly(2026, 9, 30), "region", CancellationToken.None)).Single();
        (region.Received, region.ReceivedOnline, region.Accepted, region.Tolerant, region.Commitment).ShouldBe((4, 3, 3, 1, 1));
        (region.Completed, region.OnTime, region.Overdue, region.ZeroVisit, region.WorkingDays, region.LimitDays).ShouldBe((3, 2, 1, 2, 5, 4));
        region.OnlineShare.ShouldBe(0.75);

        var matters = await statistics.SumAsync(Region, new DateOnly(2026, 9, 21), new DateOnly(2026, 9, 30), "matter", CancellationToken.None);
        var a = matters.Single(m => m.Key == "A");
        (a.Received, a.Accepted, a.Completed, a.OnTime, a.Overdue, a.WorkingDays, a.LimitDays).ShouldBe((3, 2, 2, 1, 1, 5, 4));
        a.AverageWorkingDays.ShouldBe(2.5);
        var b = matters.Single(m => m.Key == "B");
        (b.Received, b.Commitment, b.Completed, b.ZeroVisit).ShouldBe((1, 1, 1, 1));

        var firstTwoDays = (await statistics.SumAsync(Region, new DateOnly(2026, 9, 21), new DateOnly(2026, 9, 22), "region",
            CancellationToken.None)).Single();
        (firstTwoDays.Received, firstTwoDays.Accepted, firstTwoDays.Completed).ShouldBe((3, 3, 1));
    }

    private static IEnumerable<CaseStepRecorded> Fixture()
    {
        Guid c1 = Guid.NewGuid(), c2 = Guid.NewGuid(), c3 = Guid.NewGuid(), c4 = Guid.NewGuid();
        var sep21 = TestClock.At(2026, 9, 21, 9);
        var sep22 = TestClock.At(2026, 9, 22, 9);
        yield return Step(c1, "A", "online", CaseAction.Submit, null, CaseState.Submitted, sep21, sep21, null, null);
        yield return Step(c1, "A", "online", CaseAction.Accept, CaseState.Submitted, CaseState.UnderReview, sep21.AddHours(1), sep21, sep21.AddHours(1), new DateOnly(2026, 9, 24));
        yield return Step(c1, "A", "online", CaseAction.Decide, CaseState.UnderReview, CaseState.Approved, TestClock.At(2026, 9, 23, 15), sep21, sep21.AddHours(1), new DateOnly(2026, 9, 24));
        yield return Step(c2, "A", "window", CaseAction.Submit, null, CaseState.Submitted, sep21, sep21, null, null);
        yield return Step(c2, "A", "window", CaseAction.TolerantAccept, CaseState.Submitted, CaseState.UnderReview, sep22, sep21, sep22, new DateOnly(2026, 9, 23));
        yield return Step(c2, "A", "window", CaseAction.Decide, CaseState.UnderReview, CaseState.Refused, TestClock.At(2026, 9, 28, 11), sep21, sep22, new DateOnly(2026, 9, 23));
        yield return Step(c3, "B", "online", CaseAction.Submit, null, CaseState.Submitted, sep22, sep22, null, null);
        yield return Step(c3, "B", "online", CaseAction.AcceptOnCommitment, CaseState.Submitted, CaseState.Approved, sep22.AddHours(2), sep22, sep22.AddHours(2), new DateOnly(2026, 9, 22));
        yield return Step(c4, "A", "online", CaseAction.Submit, null, CaseState.Submitted, TestClock.At(2026, 9, 24, 9), TestClock.At(2026, 9, 24, 9), null, null);
    }

    private static CaseStepRecorded Step(Guid id, string matter, string channel, CaseAction action, CaseState? from, CaseState to, DateTimeOffset at,
        DateTimeOffset submitted, DateTimeOffset? accepted, DateOnly? due) =>
        new(id, $"T-{id:N}"[..12], Region, matter, "zrzy", channel, null, action, from, to, at, "tester", submitted, accepted, due);
}

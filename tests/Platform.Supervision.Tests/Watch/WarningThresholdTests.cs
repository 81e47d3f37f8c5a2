using Platform.Calendar.Contracts;
using Platform.Testing;

namespace Platform.Supervision.Tests.Watch;

/// <summary>
/// A case accepted on Monday 2026-09-21 with 5 working days is due Tuesday 09-29 (中秋 25–27 off): 22, 23, 24, 28, 29.
/// Yellow from the day two working days remain (09-24), red on 09-29, overdue from 09-30.
/// </summary>
public sealed class WarningThresholdTests
{
    [Fact]
    public async Task Should_raise_yellow_red_and_overdue_on_the_2026_working_days_once_each()
    {
        var clock = new TestClock(TestClock.At(2026, 9, 21, 10));
        await using var host = await SupervisionHost.StartAsync(clock);
        var deadline = await host.OpenDeadlineAsync("440784", "case", Guid.NewGuid().ToString(), clock.Now, TimeLimit.WorkingDays(5));
        (await host.DeadlineAsync(deadline)).Due.Due.ShouldBe(new DateOnly(2026, 9, 29));

        clock.Set(TestClock.At(2026, 9, 23, 17));
        await host.WatchAsync();
        (await host.LevelsAsync(deadline)).ShouldBeEmpty();

        clock.Set(TestClock.At(2026, 9, 24, 9));
        await host.WatchAsync();
        await host.WatchAsync();
        (await host.LevelsAsync(deadline)).ShouldBe(["yellow"]);

        clock.Set(TestClock.At(2026, 9, 26, 9));
        await host.WatchAsync();
        (await host.LevelsAsync(deadline)).ShouldBe(["yellow"]);

        clock.Set(TestClock.At(2026, 9, 29, 8));
        await host.WatchAsync();
        (await host.LevelsAsync(deadline)).ShouldBe(["yellow", "red"]);

        clock.Set(TestClock.At(2026, 9, 30, 0, 1));
        await host.WatchAsync();
        await host.WatchAsync();
        (await host.LevelsAsync(deadline)).ShouldBe(["yellow", "red", "overdue"]);
        (await host.ScalarAsync<long>(
            "SELECT count(*) FROM supervision.inbox_messages m JOIN supervision.warnings w ON w.id = m.source_id WHERE w.deadline_id = @deadline",
            new { deadline })).ShouldBe(3);
    }

    [Fact]
    public async Task Should_raise_only_overdue_when_the_watch_first_runs_after_the_due_date()
    {
        var clock = new TestClock(TestClock.At(2026, 9, 21, 10));
        await using var host = await SupervisionHost.StartAsync(clock);
        var deadline = await host.OpenDeadlineAsync("320903", "deferred-material", $"{Guid.NewGuid()}:M03", clock.Now, TimeLimit.WorkingDays(5));

        clock.Set(TestClock.At(2026, 10, 9, 10));
        await host.WatchAsync();

        (await host.LevelsAsync(deadline)).ShouldBe(["overdue"]);
    }

    [Fact]
    public async Task Should_raise_nothing_while_a_deadline_is_suspended_or_after_it_closed()
    {
        var clock = new TestClock(TestClock.At(2026, 9, 21, 10));
        await using var host = await SupervisionHost.StartAsync(clock);
        var suspended = await host.OpenDeadlineAsync("440784", "case", Guid.NewGuid().ToString(), clock.Now, TimeLimit.WorkingDays(5));
        var closed = await host.OpenDeadlineAsync("440784", "post-verification", Guid.NewGuid().ToString(), clock.Now, TimeLimit.WorkingDays(5));
        var registry = host.Get<IDeadlineRegistry>();
        await host.Get<Platform.Kernel.Database.ITransactionRunner>().RunAsync(async tx =>
        {
            await registry.SuspendAsync(tx, suspended, clock.Now, "专家评审", CancellationToken.None);
            await registry.CloseAsync(tx, closed, clock.Now, CancellationToken.None);
            return 0;
        }, CancellationToken.None);

        clock.Set(TestClock.At(2026, 10, 9, 10));
        await host.WatchAsync();

        (await host.LevelsAsync(suspended)).ShouldBeEmpty();
        (await host.LevelsAsync(closed)).ShouldBeEmpty();
    }
}

using Platform.Calendar.Contracts;
using Platform.Supervision.Notifications;
using Platform.Testing;

namespace Platform.Supervision.Tests.Scheduling;

/// <summary>Acceptance: two hosts share one database and Quartz's clustered store; a case's warning is raised exactly once.</summary>
public sealed class ClusteredSchedulerTests
{
    private const string TriggerRuns =
        "SELECT coalesce(max(times_triggered), 0) FROM quartz.qrtz_simple_triggers WHERE trigger_name = 'supervision.deadline-watch.trigger'";

    [Fact]
    public async Task Should_raise_a_case_warning_exactly_once_when_two_clustered_hosts_share_the_database()
    {
        string[] settings = [$"--ConnectionStrings:Platform={await TestCluster.CreateDatabaseAsync()}", "--Scheduler:Clustered=true",
            "--Scheduler:CheckinSeconds=1"];
        var clock = new TestClock(TestClock.At(2026, 9, 21, 10));
        await using var first = await SupervisionHost.StartAsync(clock, settings);
        var deadline = await first.OpenDeadlineAsync("440784", "case", Guid.NewGuid().ToString(), clock.Now, TimeLimit.WorkingDays(5));
        clock.Set(TestClock.At(2026, 9, 30, 10));
        await using var second = await SupervisionHost.StartAsync(clock, [.. settings, "--Supervision:WatchSeconds=1"]);

        await Until(async () => (await first.LevelsAsync(deadline)).Count > 0);
        var runsWhenRaised = await first.ScalarAsync<long>(TriggerRuns);
        await Until(async () => await first.ScalarAsync<long>(TriggerRuns) >= runsWhenRaised + 3);

        (await first.LevelsAsync(deadline)).ShouldBe(["overdue"]);
        (await first.ScalarAsync<long>("SELECT count(DISTINCT instance_name) FROM quartz.qrtz_scheduler_state")).ShouldBe(2);
        (await first.ScalarAsync<long>("SELECT count(*) FROM supervision.outbound_notifications WHERE sent_at IS NOT NULL")).ShouldBe(1);
        var sent = first.Get<RecordingNotificationSender>().Sent.Count + second.Get<RecordingNotificationSender>().Sent.Count;
        sent.ShouldBe(1);
    }

    private static async Task Until(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (await condition()) return;
            await Task.Delay(100);
        }

        throw new TimeoutException("The clustered scheduler did not get there within a minute.");
    }
}

using Platform.Calendar.Contracts;
using Platform.Supervision.Notifications;
using Platform.Testing;

namespace Platform.Supervision.Tests.Scheduling;

public sealed class OnceOnlyTests
{
    [Fact]
    public async Task Should_not_raise_or_send_a_warning_again_when_the_host_restarts_on_the_same_database()
    {
        var database = $"--ConnectionStrings:Platform={await TestCluster.CreateDatabaseAsync()}";
        var clock = new TestClock(TestClock.At(2026, 9, 21, 10));
        Guid deadline;
        await using (var first = await SupervisionHost.StartAsync(clock, database))
        {
            deadline = await first.OpenDeadlineAsync("440784", "case", Guid.NewGuid().ToString(), clock.Now, TimeLimit.WorkingDays(5));
            clock.Set(TestClock.At(2026, 9, 24, 9));
            await first.WatchAsync();
            first.Get<RecordingNotificationSender>().Sent.Count(n => n.Text.Contains("黄色预警")).ShouldBe(1);
        }

        await using var second = await SupervisionHost.StartAsync(clock, database);
        await second.WatchAsync();

        (await second.LevelsAsync(deadline)).ShouldBe(["yellow"]);
        second.Get<RecordingNotificationSender>().Sent.ShouldBeEmpty();
        (await second.ScalarAsync<long>("SELECT count(*) FROM supervision.outbound_notifications WHERE sent_at IS NULL")).ShouldBe(0);
    }
}

using Npgsql;
using Platform.Calendar.Contracts;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using static Platform.Calendar.Tests.TestCalendars;

namespace Platform.Calendar.Tests.Deadlines;

public sealed class DeadlineRegistryTests(CalendarHostFixture fixture) : IClassFixture<CalendarHostFixture>
{
    private const string Region = "440784";

    private IDeadlineRegistry Registry => fixture.Host.Get<IDeadlineRegistry>();

    private Task<T> InTransaction<T>(Func<NpgsqlTransaction, Task<T>> work) =>
        fixture.Host.Get<ITransactionRunner>().RunAsync(work, CancellationToken.None);

    private Task<Guid> OpenAsync(string start, TimeLimit limit) => InTransaction(tx => Registry.OpenAsync(tx,
        new OpenDeadline(Region, "case", Guid.NewGuid().ToString(), Instant(start), limit), CancellationToken.None));

    private Task<DeadlineState> StateAsync(Guid id) => InTransaction(tx => Registry.GetAsync(tx, id, CancellationToken.None));

    private Task ChangeAsync(Func<NpgsqlTransaction, Task> change) => InTransaction(async tx =>
    {
        await change(tx);
        return true;
    });

    [Fact]
    public async Task Should_store_the_due_date_when_a_deadline_opens()
    {
        var id = await OpenAsync("2026-09-24T09:00:00+08:00", TimeLimit.WorkingDays(3));

        var state = await StateAsync(id);

        state.Due.Due.ShouldBe(Date("2026-09-30"));
        state.Status.ShouldBe(DeadlineStatus.Running);
        state.Due.Provisional.ShouldBeFalse();
    }

    [Fact]
    public async Task Should_move_the_due_date_by_the_suspended_working_days_when_resumed()
    {
        var id = await OpenAsync("2026-09-21T09:00:00+08:00", TimeLimit.WorkingDays(5));
        await ChangeAsync(tx => Registry.SuspendAsync(tx, id, Instant("2026-09-22T15:00:00+08:00"), "专家评审", CancellationToken.None));

        (await StateAsync(id)).Status.ShouldBe(DeadlineStatus.Suspended);
        await ChangeAsync(tx => Registry.ResumeAsync(tx, id, Instant("2026-09-29T10:00:00+08:00"), CancellationToken.None));

        // Used 09-22 (1 of 5) before the suspension; 4 remain after 09-29: 09-30, 10-08, 10-09, 10-10 (Saturday, adjusted).
        var state = await StateAsync(id);
        state.Due.Due.ShouldBe(Date("2026-10-10"));
        state.Status.ShouldBe(DeadlineStatus.Running);
    }

    [Fact]
    public async Task Should_add_working_days_after_the_due_date_when_extended()
    {
        var id = await OpenAsync("2026-09-24T09:00:00+08:00", TimeLimit.WorkingDays(3));

        await ChangeAsync(tx => Registry.ExtendAsync(tx, id, 2, "经批准延期", CancellationToken.None));

        var state = await StateAsync(id);
        state.Due.Due.ShouldBe(Date("2026-10-09"));
        state.ExtensionWorkingDays.ShouldBe(2);
    }

    [Fact]
    public async Task Should_refuse_changes_when_the_deadline_is_closed()
    {
        var id = await OpenAsync("2026-09-24T09:00:00+08:00", TimeLimit.WorkingDays(3));
        await ChangeAsync(tx => Registry.CloseAsync(tx, id, Instant("2026-09-29T09:00:00+08:00"), CancellationToken.None));

        var problem = await Should.ThrowAsync<PlatformProblem>(() =>
            ChangeAsync(tx => Registry.ExtendAsync(tx, id, 1, "延期", CancellationToken.None)));

        problem.Code.ShouldBe("calendar.deadline.closed");
        var state = await StateAsync(id);
        state.Status.ShouldBe(DeadlineStatus.Closed);
        state.Warning.ShouldBe(WarningLevel.Yellow);
        state.RemainingWorkingDays.ShouldBe(1);
    }

    [Fact]
    public async Task Should_refuse_to_suspend_twice_and_to_resume_a_running_deadline()
    {
        var id = await OpenAsync("2026-09-24T09:00:00+08:00", TimeLimit.WorkingDays(3));

        (await Should.ThrowAsync<PlatformProblem>(() => ChangeAsync(tx =>
            Registry.ResumeAsync(tx, id, Instant("2026-09-25T09:00:00+08:00"), CancellationToken.None)))).Code.ShouldBe("calendar.deadline.not_suspended");
        await ChangeAsync(tx => Registry.SuspendAsync(tx, id, Instant("2026-09-25T09:00:00+08:00"), "补正", CancellationToken.None));
        (await Should.ThrowAsync<PlatformProblem>(() => ChangeAsync(tx =>
            Registry.SuspendAsync(tx, id, Instant("2026-09-26T09:00:00+08:00"), "补正", CancellationToken.None)))).Code.ShouldBe("calendar.deadline.already_suspended");
    }

    [Fact]
    public async Task Should_refuse_a_deadline_when_the_region_is_not_served()
    {
        var problem = await Should.ThrowAsync<PlatformProblem>(() => InTransaction(tx => Registry.OpenAsync(tx,
            new OpenDeadline("999999", "case", "x", Instant("2026-09-24T09:00:00+08:00"), TimeLimit.WorkingDays(3)), CancellationToken.None)));

        problem.Code.ShouldBe("calendar.region.unknown");
    }

    [Fact]
    public async Task Should_add_natural_hours_when_the_deadline_is_in_hours()
    {
        var id = await OpenAsync("2026-09-30T10:00:00+08:00", TimeLimit.Hours(24));

        (await StateAsync(id)).Due.DueInstant.ShouldBe(Instant("2026-10-01T10:00:00+08:00"));
    }
}

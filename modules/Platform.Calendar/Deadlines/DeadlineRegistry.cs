using Npgsql;
using Platform.Calendar.Calendars;
using Platform.Calendar.Contracts;
using Platform.Kernel;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;

namespace Platform.Calendar.Deadlines;

internal sealed class DeadlineRegistry(CalendarIndexCache calendars, IClock clock) : IDeadlineRegistry
{
    public async Task<Guid> OpenAsync(NpgsqlTransaction transaction, OpenDeadline deadline, CancellationToken cancellationToken)
    {
        if (deadline.Limit.Amount < 0)
            throw PlatformProblem.Invalid("calendar.deadline.negative_limit", "limit", "期限不能为负数");
        if (string.IsNullOrWhiteSpace(deadline.SubjectType) || string.IsNullOrWhiteSpace(deadline.SubjectId))
            throw PlatformProblem.Invalid("calendar.deadline.subject_missing", "subject", "期限必须属于一个办理对象");
        calendars.EnsureServed(deadline.RegionCode);
        var calendar = await calendars.CalendarForAsync(deadline.RegionCode, cancellationToken);
        var due = DeadlineSchedule.Compute(calendar.Index, deadline.StartedAt, deadline.Limit, [], 0);
        var id = Ids.New();
        await DeadlineStore.InsertAsync(transaction, id, deadline, BusinessTime.DateOf(deadline.StartedAt), due, clock.Now, cancellationToken);
        return id;
    }

    public async Task SuspendAsync(NpgsqlTransaction transaction, Guid deadlineId, DateTimeOffset at, string reason, CancellationToken cancellationToken)
    {
        var row = await LockOpenAsync(transaction, deadlineId, cancellationToken);
        if (row.SuspendedSince is not null)
            throw PlatformProblem.Conflict("calendar.deadline.already_suspended", "该期限已处于挂起状态");
        if (at < row.StartedAt)
            throw PlatformProblem.Invalid("calendar.deadline.suspend_before_start", "at", "挂起时间不能早于期限开始时间");
        await DeadlineStore.ExecuteAsync(transaction,
            "INSERT INTO calendar.deadline_pauses (deadline_id, suspended_at, reason) VALUES ($1, $2, $3)",
            cancellationToken, deadlineId, at, reason);
        await DeadlineStore.ExecuteAsync(transaction,
            "UPDATE calendar.deadlines SET suspended_since = $2, updated_at = $3 WHERE id = $1",
            cancellationToken, deadlineId, at, clock.Now);
    }

    public async Task ResumeAsync(NpgsqlTransaction transaction, Guid deadlineId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var row = await LockOpenAsync(transaction, deadlineId, cancellationToken);
        if (row.SuspendedSince is not { } since)
            throw PlatformProblem.Conflict("calendar.deadline.not_suspended", "该期限未处于挂起状态");
        if (at < since)
            throw PlatformProblem.Invalid("calendar.deadline.resume_before_suspend", "at", "恢复计时的时间不能早于挂起时间");
        await DeadlineStore.ExecuteAsync(transaction,
            "UPDATE calendar.deadline_pauses SET resumed_at = $2 WHERE deadline_id = $1 AND resumed_at IS NULL",
            cancellationToken, deadlineId, at);
        await DeadlineStore.ExecuteAsync(transaction,
            "UPDATE calendar.deadlines SET suspended_since = NULL WHERE id = $1", cancellationToken, deadlineId);
        await StoreDueAsync(transaction, row with { SuspendedSince = null }, cancellationToken);
    }

    public async Task ExtendAsync(NpgsqlTransaction transaction, Guid deadlineId, int workingDays, string reason, CancellationToken cancellationToken)
    {
        if (workingDays <= 0)
            throw PlatformProblem.Invalid("calendar.deadline.invalid_extension", "workingDays", "延期的工作日数必须大于零");
        var row = await LockOpenAsync(transaction, deadlineId, cancellationToken);
        await DeadlineStore.ExecuteAsync(transaction,
            "INSERT INTO calendar.deadline_extensions (deadline_id, extended_at, working_days, reason) VALUES ($1, $2, $3, $4)",
            cancellationToken, deadlineId, clock.Now, workingDays, reason);
        await DeadlineStore.ExecuteAsync(transaction,
            "UPDATE calendar.deadlines SET extension_working_days = extension_working_days + $2 WHERE id = $1",
            cancellationToken, deadlineId, workingDays);
        await StoreDueAsync(transaction, row with { ExtensionWorkingDays = row.ExtensionWorkingDays + workingDays }, cancellationToken);
    }

    public async Task CloseAsync(NpgsqlTransaction transaction, Guid deadlineId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await LockOpenAsync(transaction, deadlineId, cancellationToken);
        await DeadlineStore.ExecuteAsync(transaction,
            "UPDATE calendar.deadline_pauses SET resumed_at = GREATEST(suspended_at, $2) WHERE deadline_id = $1 AND resumed_at IS NULL",
            cancellationToken, deadlineId, at);
        await DeadlineStore.ExecuteAsync(transaction,
            "UPDATE calendar.deadlines SET closed_at = $2, suspended_since = NULL, updated_at = $3 WHERE id = $1",
            cancellationToken, deadlineId, at, clock.Now);
    }

    public async Task<DeadlineState> GetAsync(NpgsqlTransaction transaction, Guid deadlineId, CancellationToken cancellationToken)
    {
        var row = await DeadlineStore.LockAsync(transaction, deadlineId, cancellationToken) ?? throw NotFound(deadlineId);
        var calendar = await calendars.CalendarForAsync(row.RegionCode, cancellationToken);
        var at = row.ClosedAt ?? clock.Now;
        // While suspended, show the due date as if the clock ran again now.
        var suspensions = (await SuspensionsAsync(transaction, row.Id, cancellationToken))
            .Select(s => s.To is null && at > s.From ? s with { To = at } : s).ToList();
        var due = DeadlineSchedule.Compute(calendar.Index, row.StartedAt, row.Limit, suspensions, row.ExtensionWorkingDays);
        var status = row.ClosedAt is not null ? DeadlineStatus.Closed
            : row.SuspendedSince is not null ? DeadlineStatus.Suspended
            : DeadlineStatus.Running;
        return new DeadlineState(row.Id, row.RegionCode, row.SubjectType, row.SubjectId, row.StartedAt, row.Limit,
            row.ExtensionWorkingDays, status, due, calendar.RemainingWorkingDays(due, at), calendar.WarningAt(due, at), row.ClosedAt);
    }

    private async Task StoreDueAsync(NpgsqlTransaction transaction, DeadlineRow row, CancellationToken cancellationToken)
    {
        var calendar = await calendars.CalendarForAsync(row.RegionCode, cancellationToken);
        var due = DeadlineRecompute.Stored(calendar.Index, row, await SuspensionsAsync(transaction, row.Id, cancellationToken));
        await DeadlineStore.UpdateDuesAsync(transaction, [(row.Id, due)], clock.Now, cancellationToken);
    }

    private static async Task<List<Suspension>> SuspensionsAsync(NpgsqlTransaction transaction, Guid id, CancellationToken cancellationToken) =>
        (await DeadlineStore.SuspensionsAsync(transaction, [id], cancellationToken)).GetValueOrDefault(id) ?? [];

    private static async Task<DeadlineRow> LockOpenAsync(NpgsqlTransaction transaction, Guid id, CancellationToken cancellationToken)
    {
        var row = await DeadlineStore.LockAsync(transaction, id, cancellationToken) ?? throw NotFound(id);
        if (row.ClosedAt is not null) throw PlatformProblem.Conflict("calendar.deadline.closed", "该期限已结束，不能再变更");
        return row;
    }

    private static PlatformProblem NotFound(Guid id) => PlatformProblem.NotFound("calendar.deadline.not_found", $"期限 {id} 不存在");
}

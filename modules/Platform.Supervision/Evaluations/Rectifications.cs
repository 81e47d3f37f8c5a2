using Dapper;
using Npgsql;
using Platform.Calendar.Contracts;
using Platform.Kernel;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;
using Platform.Supervision.Api;
using Platform.Supervision.Contracts;
using Platform.Supervision.Notifications;
using Platform.Supervision.Watch;

namespace Platform.Supervision.Evaluations;

/// <summary>
/// The rectification of a bad rating, on the clock: the unit calls the applicant back within
/// <c>Supervision:CallbackWorkingDays</c> (1) and fixes within <c>Supervision:FixWorkingDays</c> (15) working days;
/// it closes only when the applicant re-rates 满意 or better, or a supervisor verifies it with a reason.
/// </summary>
internal sealed class Rectifications(ITransactionRunner transactions, IDeadlineRegistry deadlines, IAuditTrail audit, InboxWriter inbox,
    NpgsqlDataSource dataSource, IClock clock, SupervisionOptions options)
{
    public async Task<RectificationRow> OpenAsync(NpgsqlTransaction tx, RatedCase rated, Guid evaluationId, CancellationToken cancellationToken)
    {
        var id = Ids.New();
        var now = clock.Now;
        var callback = await OpenDeadlineAsync(tx, rated.RegionCode, SubjectTypes.RectificationCallback, id, options.CallbackWorkingDays, now, cancellationToken);
        var fix = await OpenDeadlineAsync(tx, rated.RegionCode, SubjectTypes.RectificationFix, id, options.FixWorkingDays, now, cancellationToken);
        var row = await tx.Connection!.QuerySingleAsync<RectificationRow>(new CommandDefinition(
            $"""
             INSERT INTO supervision.rectifications (id, region_code, case_id, case_number, unit_code, evaluation_id, state, opened_at,
                 callback_deadline_id, callback_due, fix_deadline_id, fix_due, version)
             VALUES (@id, @RegionCode, @CaseId, @CaseNumber, @UnitCode, @evaluationId, 'callback-pending', @now, @callbackId, @callbackDue::date,
                 @fixId, @fixDue::date, 1)
             RETURNING {RectificationRow.Columns}
             """,
            new
            {
                id, rated.RegionCode, rated.CaseId, rated.CaseNumber, rated.UnitCode, evaluationId, now = now.UtcDateTime,
                callbackId = callback.Id, callbackDue = callback.Due.ToString("yyyy-MM-dd"), fixId = fix.Id, fixDue = fix.Due.ToString("yyyy-MM-dd"),
            }, tx, cancellationToken: cancellationToken));
        await audit.AppendAsync(tx, new AuditEntry(rated.RegionCode, "system", "supervision.rectification.opened", "rectification", id.ToString(),
            new { rated.CaseId, evaluationId, callbackDue = callback.Due, fixDue = fix.Due }), cancellationToken);
        await inbox.WriteAsync(tx, [new InboxMessage(rated.RegionCode, rated.UnitCode, "rectification", id, $"【差评整改】办件 {rated.CaseNumber}",
            $"申请人给出差评，请于 {callback.Due:yyyy-MM-dd} 前回访，{fix.Due:yyyy-MM-dd} 前整改完毕。", $"/supervision/rectifications/{id}")],
            cancellationToken);
        return row;
    }

    public Task<RectificationView> CallBackAsync(Guid id, int version, string note, SupervisionAccess access, CancellationToken cancellationToken) =>
        UnitStepAsync(id, version, note, "callback-pending", "fixing",
            "called_back_at = @now, callback_note = @note", "supervision.rectification.called_back", r => r.CallbackDeadlineId, access, cancellationToken);

    public Task<RectificationView> ReportFixAsync(Guid id, int version, string note, SupervisionAccess access, CancellationToken cancellationToken) =>
        UnitStepAsync(id, version, note, "fixing", "awaiting-confirmation",
            "fixed_at = @now, fix_note = @note", "supervision.rectification.fixed", null, access, cancellationToken);

    /// <summary>A supervisor closes a called-back rectification, giving the reason it may close without a new rating.</summary>
    public async Task<RectificationView> VerifyAsync(Guid id, int version, string reason, SupervisionAccess access, CancellationToken cancellationToken)
    {
        RequireText(reason, "reason", "请填写核实关闭的理由。");
        var row = await GetRowAsync(id, cancellationToken);
        await access.DemandSupervisorOfAsync(row?.RegionCode ?? "", "supervision.rectification.not_found", "整改单", cancellationToken);
        var closed = await transactions.RunAsync(tx => CloseAsync(tx, row!, version, "verification", reason, access.UserId, cancellationToken),
            cancellationToken);
        return closed.ToView();
    }

    /// <summary>The applicant re-rated: 满意 or better closes the rectification, a bad rating sends it back to fixing.</summary>
    public async Task ReRatedAsync(NpgsqlTransaction tx, RectificationRow row, int level, string applicantId, CancellationToken cancellationToken)
    {
        if (level <= EvaluationLevels.Satisfied)
        {
            await CloseAsync(tx, row, row.Version, "re-rating", null, applicantId, cancellationToken);
            return;
        }

        await TransitionAsync(tx, row, row.Version, "awaiting-confirmation", "fixing", "fixed_at = NULL", null, cancellationToken);
        await audit.AppendAsync(tx, new AuditEntry(row.RegionCode, applicantId, "supervision.rectification.re_rated_bad", "rectification",
            row.Id.ToString(), new { level }), cancellationToken);
    }

    public async Task<RectificationRow?> OpenForCaseAsync(NpgsqlTransaction tx, Guid caseId, CancellationToken cancellationToken) =>
        await tx.Connection!.QuerySingleOrDefaultAsync<RectificationRow>(new CommandDefinition(
            $"SELECT {RectificationRow.Columns} FROM supervision.rectifications WHERE case_id = @caseId AND state <> 'closed' FOR UPDATE",
            new { caseId }, tx, cancellationToken: cancellationToken));

    public async Task<RectificationRow?> GetRowAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<RectificationRow>(new CommandDefinition(
            $"SELECT {RectificationRow.Columns} FROM supervision.rectifications WHERE id = @id", new { id }, cancellationToken: cancellationToken));
    }

    private async Task<RectificationView> UnitStepAsync(Guid id, int version, string note, string from, string to, string set, string action,
        Func<RectificationRow, Guid>? closes, SupervisionAccess access, CancellationToken cancellationToken)
    {
        RequireText(note, "note", "请填写回访或整改情况。");
        var row = await GetRowAsync(id, cancellationToken);
        var (region, unit) = await access.OwnUnitAsync(cancellationToken);
        if (row is null || row.RegionCode != region || row.UnitCode != unit)
            throw PlatformProblem.NotFound("supervision.rectification.not_found", "整改单不存在，或不由您所在单位整改。");
        var updated = await transactions.RunAsync(async tx =>
        {
            var changed = await TransitionAsync(tx, row, version, from, to, set, note, cancellationToken);
            if (closes is not null) await deadlines.CloseAsync(tx, closes(changed), clock.Now, cancellationToken);
            await audit.AppendAsync(tx, new AuditEntry(region, access.UserId, action, "rectification", id.ToString(), new { note }), cancellationToken);
            return changed;
        }, cancellationToken);
        return updated.ToView();
    }

    private async Task<RectificationRow> CloseAsync(NpgsqlTransaction tx, RectificationRow row, int version, string via, string? reason, string by,
        CancellationToken cancellationToken)
    {
        if (row.State == "closed") throw PlatformProblem.Conflict("supervision.rectification.closed", "整改单已关闭。");
        if (row.State == "callback-pending")
            throw PlatformProblem.Conflict("supervision.rectification.not_called_back", "整改单尚未回访申请人，不能关闭。");
        var closed = await TransitionAsync(tx, row, version, row.State, "closed",
            "closed_at = @now, closed_via = @via, close_reason = @note, closed_by = @by", reason, cancellationToken, new { via, by });
        await deadlines.CloseAsync(tx, row.FixDeadlineId, clock.Now, cancellationToken);
        await audit.AppendAsync(tx, new AuditEntry(row.RegionCode, by, "supervision.rectification.closed", "rectification", row.Id.ToString(),
            new { via, reason }), cancellationToken);
        return closed;
    }

    private async Task<RectificationRow> TransitionAsync(NpgsqlTransaction tx, RectificationRow row, int version, string from, string to, string set,
        string? note, CancellationToken cancellationToken, object? extra = null)
    {
        var parameters = new DynamicParameters(extra);
        parameters.AddDynamicParams(new { row.Id, version, from, to, note, now = clock.Now.UtcDateTime });
        return await tx.Connection!.QuerySingleOrDefaultAsync<RectificationRow>(new CommandDefinition(
                   $"""
                    UPDATE supervision.rectifications SET state = @to, {set}, version = version + 1
                    WHERE id = @Id AND version = @version AND state = @from RETURNING {RectificationRow.Columns}
                    """, parameters, tx, cancellationToken: cancellationToken))
               ?? throw PlatformProblem.Conflict("supervision.rectification.state_changed", "整改单状态已变化，请刷新后重试。");
    }

    private async Task<(Guid Id, DateOnly Due)> OpenDeadlineAsync(NpgsqlTransaction tx, string region, string subjectType, Guid id, int workingDays,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var deadlineId = await deadlines.OpenAsync(tx, new OpenDeadline(region, subjectType, id.ToString(), now, TimeLimit.WorkingDays(workingDays)),
            cancellationToken);
        return (deadlineId, (await deadlines.GetAsync(tx, deadlineId, cancellationToken)).Due.Due);
    }

    private static void RequireText(string? text, string field, string rule)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 2000) throw PlatformProblem.Invalid("supervision.rectification." + field + "_required", field, rule);
    }
}

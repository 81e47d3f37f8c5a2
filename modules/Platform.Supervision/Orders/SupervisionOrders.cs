using Dapper;
using Npgsql;
using Platform.Calendar.Contracts;
using Platform.Cases.Contracts;
using Platform.Kernel;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;
using Platform.Supervision.Api;
using Platform.Supervision.Contracts;
using Platform.Supervision.Notifications;
using Platform.Supervision.Watch;

namespace Platform.Supervision.Orders;

/// <summary>
/// Supervision orders (督办): a supervisor opens one on a warned or overdue case, with its own deadline in the
/// calendar's registry (watched like any other); the case's unit answers it. Each change is audited in its transaction.
/// </summary>
internal sealed class SupervisionOrders(ITransactionRunner transactions, IDeadlineRegistry deadlines, IAuditTrail audit, ICaseReader cases,
    InboxWriter inbox, NpgsqlDataSource dataSource, IClock clock, SupervisionOptions options)
{
    public async Task<(SupervisionOrderView Order, bool Created)> OpenAsync(Guid caseId, string reason, string idempotencyKey,
        SupervisionAccess access, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 1000)
            throw PlatformProblem.Invalid("supervision.order.reason_required", "reason", "请填写督办事由（不超过 1000 字）。");
        var view = await cases.GetAsync(caseId, cancellationToken);
        await access.DemandSupervisorOfAsync(view?.RegionCode ?? "", "case.not_found", "办件", cancellationToken);
        if (await ExistingAsync(idempotencyKey, cancellationToken) is { } existing) return (existing, false);
        if (view!.Deadline is not { Warning: not nameof(WarningLevel.Normal) } && !await WarnedAsync(caseId, cancellationToken))
            throw PlatformProblem.Conflict("supervision.order.case_not_warned", "只能对已预警或已逾期的办件督办。");

        var now = clock.Now;
        var id = Ids.New();
        var order = await transactions.RunAsync(async tx =>
        {
            var deadlineId = await deadlines.OpenAsync(tx, new OpenDeadline(view.RegionCode, SubjectTypes.SupervisionOrder, id.ToString(), now,
                TimeLimit.WorkingDays(options.OrderWorkingDays)), cancellationToken);
            var due = (await deadlines.GetAsync(tx, deadlineId, cancellationToken)).Due.Due;
            var row = await tx.Connection!.QuerySingleAsync<OrderRow>(new CommandDefinition(
                $"""
                 INSERT INTO supervision.supervision_orders (id, region_code, case_id, case_number, unit_code, reason, opened_by, opened_by_name,
                     opened_at, deadline_id, due_date, state, version, idempotency_key)
                 VALUES (@id, @RegionCode, @caseId, @Number, @HandlingUnitCode, @reason, @by, @byName, @now, @deadlineId, @due::date, 'open', 1, @idempotencyKey)
                 RETURNING {OrderRow.Columns}
                 """,
                new
                {
                    id, view.RegionCode, caseId, view.Number, view.HandlingUnitCode, reason, by = access.UserId, byName = access.DisplayName,
                    now = now.UtcDateTime, deadlineId, due = due.ToString("yyyy-MM-dd"), idempotencyKey,
                }, tx, cancellationToken: cancellationToken));
            await audit.AppendAsync(tx, new AuditEntry(view.RegionCode, access.UserId, "supervision.order.opened", "supervision-order", id.ToString(),
                new { caseId, view.Number, reason, due }), cancellationToken);
            await inbox.WriteAsync(tx, [new InboxMessage(view.RegionCode, view.HandlingUnitCode, "order", id, $"【督办】办件 {view.Number}",
                $"{access.DisplayName}督办：{reason}。请于 {due:yyyy-MM-dd} 前答复。", $"/supervision/orders/{id}")], cancellationToken);
            return row;
        }, cancellationToken);
        return (order.ToView(), true);
    }

    public async Task<SupervisionOrderView> AnswerAsync(Guid id, int version, string answer, SupervisionAccess access, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(answer) || answer.Length > 2000)
            throw PlatformProblem.Invalid("supervision.order.answer_required", "answer", "请填写督办答复（不超过 2000 字）。");
        var current = await GetRowAsync(id, cancellationToken);
        var (region, unit) = await access.OwnUnitAsync(cancellationToken);
        if (current is null || current.RegionCode != region || current.UnitCode != unit)
            throw PlatformProblem.NotFound("supervision.order.not_found", "督办单不存在，或不由您所在单位答复。");
        var now = clock.Now;
        var row = await transactions.RunAsync(async tx =>
        {
            var updated = await tx.Connection!.QuerySingleOrDefaultAsync<OrderRow>(new CommandDefinition(
                $"""
                 UPDATE supervision.supervision_orders SET state = 'answered', answer = @answer, answered_by = @by, answered_at = @now,
                     version = version + 1
                 WHERE id = @id AND version = @version AND state = 'open' RETURNING {OrderRow.Columns}
                 """, new { id, version, answer, by = access.UserId, now = now.UtcDateTime }, tx, cancellationToken: cancellationToken))
                ?? throw PlatformProblem.Conflict("supervision.order.version_mismatch", "督办单已被答复或已变更，请刷新后重试。");
            await deadlines.CloseAsync(tx, updated.DeadlineId, now, cancellationToken);
            await audit.AppendAsync(tx, new AuditEntry(region, access.UserId, "supervision.order.answered", "supervision-order", id.ToString(),
                new { answer }), cancellationToken);
            await inbox.WriteAsync(tx, [new InboxMessage(region, null, "order-answered", id, $"【督办答复】办件 {updated.CaseNumber}",
                $"{access.DisplayName}答复：{answer}", $"/supervision/orders/{id}")], cancellationToken);
            return updated;
        }, cancellationToken);
        return row.ToView();
    }

    public async Task<OrderRow?> GetRowAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<OrderRow>(new CommandDefinition(
            $"SELECT {OrderRow.Columns} FROM supervision.supervision_orders WHERE id = @id", new { id }, cancellationToken: cancellationToken));
    }

    public async Task<Paged<SupervisionOrderView>> ListAsync(string regionCode, string? unitCode, string? state, int page, int size,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        const string where = "region_code = @regionCode AND (@unitCode::text IS NULL OR unit_code = @unitCode) AND (@state::text IS NULL OR state = @state)";
        var args = new { regionCode, unitCode, state, size, offset = Pages.Offset(page, size) };
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT count(*) FROM supervision.supervision_orders WHERE {where}", args, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<OrderRow>(new CommandDefinition(
            $"SELECT {OrderRow.Columns} FROM supervision.supervision_orders WHERE {where} ORDER BY state, due_date, id LIMIT @size OFFSET @offset",
            args, cancellationToken: cancellationToken));
        return new Paged<SupervisionOrderView>(rows.Select(r => r.ToView()).ToList(), page, size, total);
    }

    private async Task<SupervisionOrderView?> ExistingAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<OrderRow>(new CommandDefinition(
            $"SELECT {OrderRow.Columns} FROM supervision.supervision_orders WHERE idempotency_key = @idempotencyKey",
            new { idempotencyKey }, cancellationToken: cancellationToken));
        return row?.ToView();
    }

    private async Task<bool> WarnedAsync(Guid caseId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM supervision.warnings WHERE case_id = @caseId)", new { caseId }, cancellationToken: cancellationToken));
    }
}

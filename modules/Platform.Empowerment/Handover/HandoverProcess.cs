using Dapper;
using Npgsql;
using Platform.Calendar.Contracts;
using Platform.Empowerment.Lists;
using Platform.Identity.Contracts;
using Platform.Kernel;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;

namespace Platform.Empowerment.Handover;

/// <summary>
/// Runs a department's handover agreement for a batch: training → signing (opens the records and access deadlines, by default
/// the programme's 5 and 3 calendar days) → records (moves the history) and access → effective (the park holds the powers from that instant).
/// Each step, its audit record and its deadline rows commit together.
/// </summary>
internal sealed class HandoverProcess(ITransactionRunner transactions, IAuditTrail audit, IClock clock, IDeadlineRegistry deadlines,
    IOrganisationDirectory directory, HistoryTransfer history)
{
    /// <summary>Starts (or finds) the agreement; its handover deadlines are the programme's unless the starter sets them (<paramref name="limits"/>).</summary>
    public async Task<AgreementRow> StartAsync(string regionCode, string departmentCode, int batch, string actor, CancellationToken cancellationToken,
        Func<Programme, HandoverLimits>? limits = null)
    {
        if (await directory.FindUnitAsync(regionCode, departmentCode, cancellationToken) is null)
            throw PlatformProblem.Invalid("empowerment.agreement.unit_unknown", "departmentCode", $"本地区没有编码为 {departmentCode} 的部门。");
        return await transactions.RunAsync(async tx =>
        {
            if (await AgreementStore.FindAsync(tx, regionCode, departmentCode, batch) is { } existing) return existing;
            if ((await EntryStore.OfAgreementAsync(tx, regionCode, departmentCode, batch)).Count == 0)
                throw PlatformProblem.Invalid("empowerment.agreement.no_entries", "batch",
                    $"{ChineseNames.Batch(batch)}赋权清单中没有由部门 {departmentCode} 移交的事项。");
            var programme = (await ProgrammeStore.FindAsync(tx.Connection!, tx, regionCode))!;
            var row = new AgreementRow(Ids.New(), regionCode, departmentCode, batch, HandoverState.Training, 1, clock.Now,
                null, null, null, null, null, null, null, null) { Limits = limits?.Invoke(programme) ?? HandoverLimits.Of(programme) };
            await AgreementStore.InsertAsync(tx, row);
            await audit.AppendAsync(tx, new AuditEntry(regionCode, actor, "empowerment.agreement.started", "handover-agreement", row.Id.ToString(),
                new { departmentCode, batch, limits = row.Limits!.Describe() }), cancellationToken);
            return row;
        }, cancellationToken);
    }

    public Task<AgreementRow> StepAsync(Guid id, int version, HandoverStep step, DateTimeOffset? effectiveAt, string actor,
        CancellationToken cancellationToken) =>
        transactions.RunAsync(async tx =>
        {
            var row = await AgreementStore.FindAsync(tx.Connection!, tx, id, forUpdate: true)
                      ?? throw PlatformProblem.NotFound("empowerment.agreement.not_found", "赋权交接协议");
            if (row.Version != version)
                throw PlatformProblem.Conflict("empowerment.agreement.version_conflict", $"协议已被他人更新（当前版本 {row.Version}），请刷新后重试。");
            HandoverRules.Require(row, step);
            var now = clock.Now;
            var data = new Dictionary<string, object?>();
            var next = step switch
            {
                HandoverStep.Training => row with { State = HandoverState.Trained, TrainedAt = now },
                HandoverStep.Sign => await SignAsync(tx, row, now, cancellationToken),
                HandoverStep.Records => await HandRecordsAsync(tx, row, now, data, cancellationToken),
                HandoverStep.Access => await CloseAsync(tx, row with { AccessGivenAt = now }, row.AccessDeadlineId, now, cancellationToken),
                _ => await TakeEffectAsync(tx, row, effectiveAt ?? now, now, data),
            };
            next = next with { Version = row.Version + 1 };
            await AgreementStore.UpdateAsync(tx, next);
            data["step"] = step.ToString();
            await audit.AppendAsync(tx, new AuditEntry(row.RegionCode, actor, $"empowerment.agreement.{step.ToString().ToLowerInvariant()}",
                "handover-agreement", row.Id.ToString(), data), cancellationToken);
            return next;
        }, cancellationToken);

    private async Task<AgreementRow> SignAsync(NpgsqlTransaction tx, AgreementRow row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var programme = (await ProgrammeStore.FindAsync(tx.Connection!, tx, row.RegionCode))!;
        var limits = row.Limits ?? HandoverLimits.Of(programme);
        var recordsId = await deadlines.OpenAsync(tx, new OpenDeadline(row.RegionCode, HandoverRules.RecordsSubject, row.Id.ToString(), now,
            limits.Records), cancellationToken);
        var accessId = await deadlines.OpenAsync(tx, new OpenDeadline(row.RegionCode, HandoverRules.AccessSubject, row.Id.ToString(), now,
            limits.Access), cancellationToken);
        var recordsDue = (await deadlines.GetAsync(tx, recordsId, cancellationToken)).Due.Due;
        var accessDue = (await deadlines.GetAsync(tx, accessId, cancellationToken)).Due.Due;
        var department = await directory.FindUnitAsync(row.RegionCode, row.DepartmentCode, cancellationToken);
        var matters = (await EntryStore.OfAgreementAsync(tx, row.RegionCode, row.DepartmentCode, row.BatchNumber))
            .Select(e => $"{e.MatterName}（{e.MatterCode}，{ChineseNames.Of(e.Mode)}）").ToList();
        var text = AgreementText.Render(programme.AgreementTemplate, new AgreementTerms(department?.Name ?? row.DepartmentCode, programme.ParkName,
            ChineseNames.Batch(row.BatchNumber), matters, BusinessTime.DateOf(now), recordsDue, accessDue, programme.ApprovalSeal));
        return row with
        {
            State = HandoverState.Signed, SignedAt = now, RecordsDeadlineId = recordsId, AccessDeadlineId = accessId, AgreementText = text,
        };
    }

    private async Task<AgreementRow> HandRecordsAsync(NpgsqlTransaction tx, AgreementRow row, DateTimeOffset now, Dictionary<string, object?> data,
        CancellationToken cancellationToken)
    {
        var programme = (await ProgrammeStore.FindAsync(tx.Connection!, tx, row.RegionCode))!;
        var codes = (await EntryStore.OfAgreementAsync(tx, row.RegionCode, row.DepartmentCode, row.BatchNumber)).Select(e => e.MatterCode).ToList();
        var reconciliation = await history.RunAsync(tx, row, codes, programme.ParkUnitCode, now, cancellationToken);
        data["casesMoved"] = reconciliation.Moved.Cases;
        data["licencesMoved"] = reconciliation.Moved.Licences;
        data["checksum"] = reconciliation.Moved.Checksum;
        return await CloseAsync(tx, row with { RecordsHandedAt = now }, row.RecordsDeadlineId, now, cancellationToken);
    }

    private async Task<AgreementRow> CloseAsync(NpgsqlTransaction tx, AgreementRow row, Guid? deadlineId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (deadlineId is { } id) await deadlines.CloseAsync(tx, id, now, cancellationToken);
        return row;
    }

    private static async Task<AgreementRow> TakeEffectAsync(NpgsqlTransaction tx, AgreementRow row, DateTimeOffset effectiveAt, DateTimeOffset now,
        Dictionary<string, object?> data)
    {
        if (effectiveAt < now)
            throw PlatformProblem.Invalid("empowerment.agreement.effective_in_past", "effectiveAt", "生效时间不能早于当前时间：园区自交接完成之时起承担法律责任。");
        var changed = await tx.Connection!.ExecuteAsync(
            """
            UPDATE empowerment.entries SET state = 'Effective', effective_at = @effectiveAt, agreement_id = @Id
            WHERE region_code = @RegionCode AND from_unit_code = @DepartmentCode AND batch_number = @BatchNumber AND state = 'Planned'
            """, new { effectiveAt = effectiveAt.ToUniversalTime(), row.Id, row.RegionCode, row.DepartmentCode, row.BatchNumber }, tx);
        data["effectiveAt"] = effectiveAt;
        data["entries"] = changed;
        return row with { State = HandoverState.Effective, EffectiveAt = effectiveAt };
    }
}

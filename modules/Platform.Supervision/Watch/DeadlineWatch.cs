using Dapper;
using Npgsql;
using Platform.Calendar.Contracts;
using Platform.Kernel;
using Platform.Kernel.Database;
using Platform.Kernel.Time;
using Platform.Supervision.Notifications;

namespace Platform.Supervision.Watch;

/// <summary>
/// Raises yellow, red and overdue warnings for every open deadline (cases, deferred materials,
/// post-verifications, supervision orders, rectifications, any subject type) from the database's state
/// now, so a restart or a missed run loses nothing. A level is raised once per deadline: the unique key
/// (deadline, level) drops a second raise, from a later run or another host, inside the same insert.
/// A run that finds a deadline already past a level raises only its current level.
/// </summary>
internal sealed class DeadlineWatch(IDeadlineWatchSource source, WarningSubjects subjects, ITransactionRunner transactions,
    InboxWriter inbox, OutboundDispatcher outbound, IClock clock, SupervisionOptions options)
{
    /// <summary>Runs once over all open deadlines; returns how many warnings it raised.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var at = clock.Now;
        var raised = 0;
        Guid? after = null;
        do
        {
            var page = await source.WarnedAsync(at, after, options.WatchPageSize, cancellationToken);
            if (page.Items.Count > 0)
                raised += await transactions.RunAsync(tx => RaiseAsync(tx, page.Items, at, cancellationToken), cancellationToken);
            after = page.Next;
        } while (after is not null);

        await outbound.SendPendingAsync(cancellationToken);
        return raised;
    }

    private async Task<int> RaiseAsync(NpgsqlTransaction transaction, IReadOnlyList<WarnedDeadline> deadlines, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        var connection = transaction.Connection!;
        var ids = deadlines.Select(d => d.DeadlineId).ToArray();
        var existing = (await connection.QueryAsync<(Guid DeadlineId, string Level)>(new CommandDefinition(
            "SELECT deadline_id, level FROM supervision.warnings WHERE deadline_id = ANY(@ids)", new { ids }, transaction,
            cancellationToken: cancellationToken))).ToHashSet();
        var fresh = deadlines.Where(d => !existing.Contains((d.DeadlineId, WarningLevels.ToColumn(d.Warning)))).ToList();
        if (fresh.Count == 0) return 0;

        var found = await subjects.ResolveAsync(transaction, fresh, cancellationToken);
        var warningIds = fresh.Select(_ => Ids.New()).ToArray();
        var inserted = (await connection.QueryAsync<Guid>(new CommandDefinition(
            """
            INSERT INTO supervision.warnings (id, deadline_id, level, region_code, subject_type, subject_id, case_id, case_number, unit_code,
                due_date, remaining_working_days, raised_at)
            SELECT id, deadline_id, level, region_code, subject_type, subject_id, case_id, case_number, unit_code, due_date::date, remaining, @at
            FROM unnest(@warningIds, @ids, @levels, @regions, @types, @subjectIds, @caseIds, @numbers, @units, @dues, @remaining)
                AS w(id, deadline_id, level, region_code, subject_type, subject_id, case_id, case_number, unit_code, due_date, remaining)
            ON CONFLICT (deadline_id, level) DO NOTHING
            RETURNING id
            """,
            new
            {
                warningIds, ids = fresh.Select(d => d.DeadlineId).ToArray(), levels = fresh.Select(d => WarningLevels.ToColumn(d.Warning)).ToArray(),
                regions = fresh.Select(d => d.RegionCode).ToArray(), types = fresh.Select(d => d.SubjectType).ToArray(),
                subjectIds = fresh.Select(d => d.SubjectId).ToArray(), caseIds = fresh.Select(d => found[d.DeadlineId].CaseId).ToArray(),
                numbers = fresh.Select(d => found[d.DeadlineId].CaseNumber).ToArray(), units = fresh.Select(d => found[d.DeadlineId].UnitCode).ToArray(),
                dues = fresh.Select(d => d.Due.Due.ToString("yyyy-MM-dd")).ToArray(), remaining = fresh.Select(d => d.RemainingWorkingDays).ToArray(),
                at = at.UtcDateTime,
            }, transaction, cancellationToken: cancellationToken))).ToHashSet();

        var messages = fresh.Select((d, i) => (Deadline: d, Id: warningIds[i])).Where(w => inserted.Contains(w.Id))
            .Select(w => Message(w.Deadline, w.Id, found[w.Deadline.DeadlineId])).ToList();
        await inbox.WriteAsync(transaction, messages, cancellationToken);
        return messages.Count;
    }

    private static InboxMessage Message(WarnedDeadline deadline, Guid warningId, WarningSubject subject)
    {
        var level = WarningLevels.Name(WarningLevels.ToColumn(deadline.Warning));
        var what = subject.CaseNumber is null ? subject.Label : $"{subject.Label}（办件 {subject.CaseNumber}）";
        return new InboxMessage(deadline.RegionCode, subject.UnitCode, "warning", warningId, $"【{level}】{what}",
            $"{what}{WarningLevels.Situation(deadline)}，请及时办理。", subject.Link);
    }
}

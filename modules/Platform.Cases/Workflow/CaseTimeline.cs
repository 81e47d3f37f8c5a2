using System.Text.Json;
using Npgsql;
using Platform.Cases.Contracts;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;

namespace Platform.Cases.Workflow;

/// <summary>Records each step on the case's timeline and in the region's audit chain, in the step's transaction.</summary>
internal sealed class CaseTimeline(IAuditTrail audit, IEnumerable<ICaseStepWriter> writers, IEnumerable<ICaseStepObserver> observers)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Records a step in one round trip: the case's own writes, its timeline entry, its audit record and every
    /// <see cref="ICaseStepWriter"/>'s writes go to the database as one batch; then the observers that follow it run.
    /// </summary>
    public Task RecordAsync(NpgsqlTransaction transaction, IEnumerable<NpgsqlBatchCommand> writes, CaseRow after, CaseAction action,
        CaseState? before, StepContext step, CancellationToken cancellationToken) =>
        RecordAsync(transaction, writes, after, action, before, step, NoAnswer.Instance, commit: false, cancellationToken);

    /// <summary>
    /// Records a step that ends its transaction, reads what it answers with and commits. The answer's reads go at the end of
    /// the same batch (observers follow the case and never change what its view shows), and when no observer follows the
    /// step and the answer needs nothing more, so does the COMMIT: the step, its answer and its commit take one round trip.
    /// </summary>
    public Task<T> RecordAndCommitAsync<T>(NpgsqlTransaction transaction, IEnumerable<NpgsqlBatchCommand> writes, CaseRow after,
        CaseAction action, CaseState? before, StepContext step, IStepAnswer<T> answer, CancellationToken cancellationToken) =>
        RecordAsync(transaction, writes, after, action, before, step, answer, commit: true, cancellationToken);

    /// <summary>Records a step and reads what it answers with; commits only when <paramref name="commit"/> (else the caller's transaction does).</summary>
    public async Task<T> RecordAsync<T>(NpgsqlTransaction transaction, IEnumerable<NpgsqlBatchCommand> writes, CaseRow after, CaseAction action,
        CaseState? before, StepContext step, IStepAnswer<T> answer, bool commit, CancellationToken cancellationToken)
    {
        var record = JsonSerializer.SerializeToElement(step.Record, Json);
        var recorded = new CaseStepRecorded(after.Id, after.Number, after.RegionCode, after.MatterCode, after.HandlingUnitCode, after.Channel,
            after.IntakeRoute, action, before, after.State, step.Now, step.Actor.Id, after.SubmittedAt, after.AcceptedAt, after.DueDate)
        {
            Version = after.Version, MatterName = after.MatterName, ApplicantId = after.ApplicantId,
            Data = record,
        };
        var audited = await audit.PrepareAsync(transaction,
            new AuditEntry(after.RegionCode, step.Actor.Id, $"case.{action}", "case", after.Number, new { after.State, after.Version, step.Record }),
            cancellationToken);
        var following = observers.Where(o => o.Follows(recorded)).ToList();
        var commitInBatch = commit && following.Count == 0 && !answer.ReadsAfterBatch(after);

        await using var batch = new NpgsqlBatch(transaction.Connection, transaction);
        foreach (var write in writes) batch.BatchCommands.Add(write);
        batch.BatchCommands.Add(TimelineEntry(after, action, before, step, record));
        batch.BatchCommands.Add(audited.Command);
        foreach (var writer in writers)
        foreach (var write in await writer.WritesAsync(recorded, cancellationToken))
            batch.BatchCommands.Add(write);
        foreach (var read in answer.Reads(after)) batch.BatchCommands.Add(read);
        if (commitInBatch) batch.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
        T answered;
        await using (var results = new BatchResults(await batch.ExecuteReaderAsync(cancellationToken)))
        {
            answered = await answer.ReadAsync(transaction, after, results, cancellationToken);
        }

        foreach (var observer in following) await observer.OnStepAsync(transaction, recorded, cancellationToken);
        if (commit && !commitInBatch) await transaction.CommitAsync(cancellationToken);
        return answered;
    }

    private static NpgsqlBatchCommand TimelineEntry(CaseRow after, CaseAction action, CaseState? before, StepContext step, JsonElement record) =>
        BatchCommand.Of(
            """
            INSERT INTO cases.case_events (case_id, sequence, occurred_at, actor_id, actor_name, unit_code, action, from_state, to_state, data)
            SELECT $1, coalesce(max(sequence), 0) + 1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb
            FROM cases.case_events WHERE case_id = $1
            """,
            after.Id, step.Now.ToUniversalTime(), step.Actor.Id, step.Actor.Name, step.Actor.UnitCode, action.ToString(),
            before?.ToString(), after.State.ToString(), record.GetRawText());
}

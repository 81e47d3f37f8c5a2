using System.Text.Json;
using Dapper;
using Npgsql;
using Platform.Cases.Contracts;
using Platform.Kernel.Audit;

namespace Platform.Cases.Workflow;

/// <summary>Records each step on the case's timeline and in the region's audit chain, in the step's transaction.</summary>
internal sealed class CaseTimeline(IAuditTrail audit, IEnumerable<ICaseStepObserver> observers)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task RecordAsync(NpgsqlTransaction transaction, CaseRow after, CaseAction action, CaseState? before,
        StepContext step, CancellationToken cancellationToken)
    {
        var record = JsonSerializer.SerializeToElement(step.Record, Json);
        var data = record.GetRawText();
        await transaction.Connection!.ExecuteAsync(
            """
            INSERT INTO cases.case_events (case_id, sequence, occurred_at, actor_id, actor_name, unit_code, action, from_state, to_state, data)
            SELECT @Id, coalesce(max(sequence), 0) + 1, @occurredAt, @actorId, @actorName, @unitCode, @action, @fromState, @toState, @data::jsonb
            FROM cases.case_events WHERE case_id = @Id
            """,
            new
            {
                after.Id, occurredAt = step.Now.ToUniversalTime(), actorId = step.Actor.Id, actorName = step.Actor.Name,
                unitCode = step.Actor.UnitCode, action = action.ToString(), fromState = before?.ToString(),
                toState = after.State.ToString(), data,
            }, transaction);
        await audit.AppendAsync(transaction,
            new AuditEntry(after.RegionCode, step.Actor.Id, $"case.{action}", "case", after.Number,
                new { after.State, after.Version, step.Record }), cancellationToken);
        var recorded = new CaseStepRecorded(after.Id, after.Number, after.RegionCode, after.MatterCode, after.HandlingUnitCode, after.Channel,
            after.IntakeRoute, action, before, after.State, step.Now, step.Actor.Id, after.SubmittedAt, after.AcceptedAt, after.DueDate)
        {
            Version = after.Version, MatterName = after.MatterName, ApplicantId = after.ApplicantId,
            Data = record,
        };
        foreach (var observer in observers) await observer.OnStepAsync(transaction, recorded, cancellationToken);
    }
}

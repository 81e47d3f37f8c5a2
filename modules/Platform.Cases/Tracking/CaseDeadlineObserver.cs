using Npgsql;
using Platform.Calendar.Contracts;
using Platform.Cases.Workflow;

namespace Platform.Cases.Tracking;

/// <summary>Keeps the cases' copy of their due dates in step when a calendar change moves them.</summary>
internal sealed class CaseDeadlineObserver : IDeadlineObserver
{
    public string SubjectType => CaseClock.SubjectType;

    public async Task DueDatesMovedAsync(NpgsqlTransaction transaction, IReadOnlyList<MovedDeadline> moved, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            UPDATE cases.cases c SET due_date = m.due_date, due_at = m.due_at, due_provisional = m.provisional
            FROM unnest($1::uuid[], $2::date[], $3::timestamptz[], $4::boolean[]) AS m(deadline_id, due_date, due_at, provisional)
            WHERE c.deadline_id = m.deadline_id
            """, transaction.Connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = moved.Select(m => m.DeadlineId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = moved.Select(m => m.Due.Due).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = moved.Select(m => m.Due.DueInstant.ToUniversalTime()).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = moved.Select(m => m.Due.Provisional).ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

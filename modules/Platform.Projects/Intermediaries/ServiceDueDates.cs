using Npgsql;
using Platform.Calendar.Contracts;

namespace Platform.Projects.Intermediaries;

/// <summary>Keeps a commissioned intermediary service's due date in step when a region calendar change moves its deadline.</summary>
internal sealed class ServiceDueDates : IDeadlineObserver
{
    public string SubjectType => CommissionService.SubjectType;

    public async Task DueDatesMovedAsync(NpgsqlTransaction transaction, IReadOnlyList<MovedDeadline> moved, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            UPDATE projects.intermediary_services s SET due_date = m.due_date
            FROM unnest($1::uuid[], $2::date[]) AS m(deadline_id, due_date)
            WHERE s.deadline_id = m.deadline_id
            """, transaction.Connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = moved.Select(m => m.DeadlineId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = moved.Select(m => m.Due.Due).ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

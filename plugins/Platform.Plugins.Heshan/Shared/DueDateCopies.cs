using Npgsql;
using Platform.Calendar.Contracts;

namespace Platform.Plugins.Heshan.Shared;

/// <summary>
/// Keeps a table's copy of its due dates (used to sort to-do lists) in step when a calendar change moves
/// them; one instance per subject type, each naming its table.
/// </summary>
internal sealed class DueDateCopies(string subjectType, string table) : IDeadlineObserver
{
    public string SubjectType => subjectType;

    public async Task DueDatesMovedAsync(NpgsqlTransaction transaction, IReadOnlyList<MovedDeadline> moved, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"""
            UPDATE heshan.{table} t SET due_date = m.due_date
            FROM unnest($1::uuid[], $2::date[]) AS m(deadline_id, due_date)
            WHERE t.deadline_id = m.deadline_id
            """, transaction.Connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = moved.Select(m => m.DeadlineId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = moved.Select(m => m.Due.Due).ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

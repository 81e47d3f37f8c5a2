using Npgsql;
using Platform.Calendar.Contracts;

namespace Platform.Supervision.Watch;

/// <summary>
/// Keeps supervision's copies of its deadlines' due dates (a supervision order's, a rectification's callback and fix dates, which
/// lists sort and pages show) in step when a region calendar change moves them, in the recompute's transaction.
/// </summary>
internal sealed class DueDateCopy(string subjectType, string table, string dueColumn, string deadlineColumn) : IDeadlineObserver
{
    public static readonly DueDateCopy[] All =
    [
        new(SubjectTypes.SupervisionOrder, "supervision_orders", "due_date", "deadline_id"),
        new(SubjectTypes.RectificationCallback, "rectifications", "callback_due", "callback_deadline_id"),
        new(SubjectTypes.RectificationFix, "rectifications", "fix_due", "fix_deadline_id"),
    ];

    public string SubjectType => subjectType;

    public async Task DueDatesMovedAsync(NpgsqlTransaction transaction, IReadOnlyList<MovedDeadline> moved, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"""
             UPDATE supervision.{table} t SET {dueColumn} = m.due_date
             FROM unnest($1::uuid[], $2::date[]) AS m(deadline_id, due_date)
             WHERE t.{deadlineColumn} = m.deadline_id
             """, transaction.Connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = moved.Select(m => m.DeadlineId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = moved.Select(m => m.Due.Due).ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

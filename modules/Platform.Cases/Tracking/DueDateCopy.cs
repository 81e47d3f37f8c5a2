using Npgsql;
using Platform.Calendar.Contracts;

namespace Platform.Cases.Tracking;

/// <summary>
/// Keeps one table's copy of its deadlines' due dates in step when a calendar change moves them (a deferred material's supply
/// date the applicant reads, a post-verification's or a special procedure's due date), in the recompute's transaction.
/// </summary>
internal sealed class DueDateCopy(string subjectType, string table, string dueColumn, string deadlineColumn) : IDeadlineObserver
{
    /// <summary>Every copy the cases module keeps besides the case row's own (<see cref="CaseDeadlineObserver"/>).</summary>
    public static readonly DueDateCopy[] All =
    [
        new("deferred-material", "case_materials", "deferred_due_date", "deferred_deadline_id"),
        new(Verification.PostVerifications.SubjectType, "post_verifications", "due_date", "deadline_id"),
        new(Review.Suspensions.SubjectType, "case_suspensions", "due_date", "deadline_id"),
    ];

    public string SubjectType => subjectType;

    public async Task DueDatesMovedAsync(NpgsqlTransaction transaction, IReadOnlyList<MovedDeadline> moved, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"""
             UPDATE cases.{table} t SET {dueColumn} = m.due_date
             FROM unnest($1::uuid[], $2::date[]) AS m(deadline_id, due_date)
             WHERE t.{deadlineColumn} = m.deadline_id
             """, transaction.Connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = moved.Select(m => m.DeadlineId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = moved.Select(m => m.Due.Due).ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

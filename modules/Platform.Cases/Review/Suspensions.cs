using Dapper;
using Platform.Calendar.Contracts;
using Platform.Cases.Domain;
using Platform.Cases.Workflow;
using Platform.Kernel;

namespace Platform.Cases.Review;

/// <summary>
/// A suspension (挂起) for one of the matter's declared special procedures. The case's own clock stands still; the procedure's
/// limit (公示 7 calendar days …) runs as a deadline of its own, so the deadline watch warns when the suspension is about to
/// outlast it and when it has. Resuming, or the case closing, ends it.
/// </summary>
internal sealed class Suspensions(IDeadlineRegistry deadlines)
{
    public const string SubjectType = "case-suspension";

    public async Task<DateOnly> OpenAsync(StepContext step, SuspensionProcedure procedure, string reason, CancellationToken cancellationToken)
    {
        var id = Ids.New();
        var deadlineId = await deadlines.OpenAsync(step.Transaction,
            new OpenDeadline(step.Case.RegionCode, SubjectType, $"{step.Case.Id}:{id}", step.Now, procedure.Limit), cancellationToken);
        var due = (await deadlines.GetAsync(step.Transaction, deadlineId, cancellationToken)).Due.Due;
        await step.Transaction.Connection!.ExecuteAsync(
            """
            INSERT INTO cases.case_suspensions (id, case_id, procedure, procedure_name, reason, started_at, deadline_id, due_date)
            VALUES (@id, @caseId, @kind, @name, @reason, @at, @deadlineId, @due::date)
            """,
            new
            {
                id, caseId = step.Case.Id, kind = procedure.Kind, name = procedure.Name, reason, at = step.Now.ToUniversalTime(), deadlineId,
                due = due.ToString("yyyy-MM-dd"),
            }, step.Transaction);
        return due;
    }

    /// <summary>Ends the case's running suspension, if any; answers the calendar days it lasted (for statistics).</summary>
    public async Task<int?> EndAsync(StepContext step, string? result, CancellationToken cancellationToken)
    {
        var open = await step.Transaction.Connection!.QuerySingleOrDefaultAsync<OpenSuspension>(
            "SELECT id, deadline_id, started_at FROM cases.case_suspensions WHERE case_id = @Id AND ended_at IS NULL FOR UPDATE",
            new { step.Case.Id }, step.Transaction);
        if (open is null) return null;
        await deadlines.CloseAsync(step.Transaction, open.DeadlineId, step.Now, cancellationToken);
        await step.Transaction.Connection!.ExecuteAsync(
            "UPDATE cases.case_suspensions SET ended_at = @at, result = @result WHERE id = @Id",
            new { open.Id, at = step.Now.ToUniversalTime(), result }, step.Transaction);
        var started = new DateTimeOffset(DateTime.SpecifyKind(open.StartedAt, DateTimeKind.Utc));
        return Kernel.Time.BusinessTime.DateOf(step.Now).DayNumber - Kernel.Time.BusinessTime.DateOf(started).DayNumber;
    }

    private sealed record OpenSuspension(Guid Id, Guid DeadlineId, DateTime StartedAt);
}

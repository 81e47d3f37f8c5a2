using Dapper;
using Platform.Cases.Workflow;

namespace Platform.Cases.Intake;

/// <summary>The check after a decision made on the applicant's commitment (告知承诺核查).</summary>
internal static class PostVerifications
{
    public static Task OpenAsync(StepContext step, Guid id, DateOnly due, Guid deadlineId) =>
        step.Transaction.Connection!.ExecuteAsync(
            "INSERT INTO cases.post_verifications (id, case_id, due_date, deadline_id) VALUES (@id, @caseId, @due::date, @deadlineId)",
            new { id, caseId = step.Case.Id, due = due.ToString("yyyy-MM-dd"), deadlineId }, step.Transaction);
}

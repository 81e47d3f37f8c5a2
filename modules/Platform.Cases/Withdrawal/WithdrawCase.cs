using Dapper;
using Platform.Calendar.Contracts;
using Platform.Cases.Contracts;
using Platform.Cases.Workflow;
using Platform.Kernel.Errors;

namespace Platform.Cases.Withdrawal;

/// <summary>
/// 撤件: the applicant withdraws before a decision, with a reason. The case closes on the record and
/// every clock it had (its time limit, deferred materials' supply deadlines, a special procedure's limit) stops.
/// </summary>
internal sealed class WithdrawCase(CaseSteps steps, CaseClock clock, IDeadlineRegistry deadlines, Review.Suspensions suspensions)
{
    public Task<CaseRow> HandleAsync(Guid caseId, int version, string reason, CaseActor actor, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 2000)
            throw PlatformProblem.Invalid("case.withdrawal.reason_required", "reason", "撤件须写明理由（不超过 2000 字）。");
        return steps.RunAsync(caseId, version, CaseAction.Withdraw, actor, async step =>
        {
            if (step.Case.DeadlineId is not null && step.Case.AcceptedAt is not null) await clock.StopAsync(step, cancellationToken);
            var deferred = await step.Transaction.Connection!.QueryAsync<Guid>(
                "SELECT deferred_deadline_id FROM cases.case_materials WHERE case_id = @Id AND status = 'Deferred' AND deferred_deadline_id IS NOT NULL",
                new { step.Case.Id }, step.Transaction);
            foreach (var deadlineId in deferred) await deadlines.CloseAsync(step.Transaction, deadlineId, step.Now, cancellationToken);
            await suspensions.EndAsync(step, "撤件", cancellationToken);
            step.Case = step.Case with { ClosedAt = step.Now };
            step.Record["reason"] = reason.Trim();
            return CaseState.Withdrawn;
        }, cancellationToken);
    }
}

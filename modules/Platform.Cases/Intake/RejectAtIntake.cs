using Platform.Cases.Contracts;
using Platform.Cases.Decision;
using Platform.Cases.Domain;
using Platform.Cases.Workflow;
using Platform.Kernel.Errors;

namespace Platform.Cases.Intake;

/// <summary>不予受理: the application is outside the matter or the body's remit; the reason goes on the decision.</summary>
internal sealed class RejectAtIntake(CaseSteps steps)
{
    public Task<CaseRow> HandleAsync(Guid caseId, int version, string reason, CaseActor actor, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 2000)
            throw PlatformProblem.Invalid("case.intake.reason_required", "reason", "不予受理须写明理由（不超过 2000 字）。");
        return steps.RunAsync(caseId, version, CaseAction.RejectAtIntake, actor, step =>
        {
            step.Case = step.Case with { ClosedAt = step.Now, Decision = DecisionRecord.Json(false, reason.Trim(), null,
                Seals.Of(step.Case), step.Case.HandlingUnitCode, step.Actor.Name) };
            step.Record["reason"] = reason.Trim();
            return Task.FromResult(CaseState.RejectedAtIntake);
        }, cancellationToken);
    }
}

using Dapper;
using Platform.Cases.Contracts;
using Platform.Cases.Domain;
using Platform.Cases.Workflow;
using Platform.Kernel.Errors;

namespace Platform.Cases.Review;

/// <summary>
/// Review by the units the matter names; special procedures that stop the clock (挂起), only those the matter declares and each
/// within its own limit, and resume it;
/// approved extensions (延期) that move the due date.
/// </summary>
internal sealed class ReviewSteps(CaseSteps steps, CaseClock clock, IMatterTermsSource matters, Suspensions suspensions)
{
    public Task<CaseRow> CompleteStepAsync(Guid caseId, int version, bool agrees, string opinion, CaseActor actor, CancellationToken cancellationToken)
    {
        RequireText(opinion, "opinion", "审查意见");
        return steps.RunAsync(caseId, version, CaseAction.CompleteReviewStep, actor, async step =>
        {
            var ordinal = await step.Transaction.Connection!.ExecuteScalarAsync<int?>(
                """
                UPDATE cases.review_steps SET completed_at = @at, actor_id = @actorId, opinion = @opinion, agrees = @agrees
                WHERE case_id = @Id AND ordinal = (SELECT min(ordinal) FROM cases.review_steps
                                                   WHERE case_id = @Id AND unit_code = @unit AND completed_at IS NULL)
                RETURNING ordinal
                """, new { step.Case.Id, at = step.Now.ToUniversalTime(), actorId = actor.Id, opinion, agrees, unit = actor.UnitCode },
                step.Transaction);
            if (ordinal is null)
                throw PlatformProblem.Forbidden("case.review.no_open_step", "您所在单位在本办件上没有待办的审查环节。");
            step.Record["step"] = ordinal;
            step.Record["agrees"] = agrees;
            step.Record["opinion"] = opinion;
            return CaseState.UnderReview;
        }, cancellationToken);
    }

    public Task<CaseRow> SuspendAsync(Guid caseId, int version, string procedure, string reason, CaseActor actor, CancellationToken cancellationToken)
    {
        RequireText(reason, "reason", "挂起理由");
        return steps.RunAsync(caseId, version, CaseAction.Suspend, actor, async step =>
        {
            var matter = await matters.VersionAsync(step.Case.MatterVersionId, cancellationToken);
            var declared = matter.Procedures.FirstOrDefault(p => p.Kind == procedure) ?? throw NotDeclared(matter);
            await clock.SuspendAsync(step, $"{declared.Name}：{reason}", cancellationToken);
            step.Record["procedure"] = procedure;
            step.Record["procedureName"] = declared.Name;
            step.Record["reason"] = reason;
            step.Record["suspensionDue"] = await suspensions.OpenAsync(step, declared, reason, cancellationToken);
            return CaseState.Suspended;
        }, cancellationToken);
    }

    public Task<CaseRow> ResumeAsync(Guid caseId, int version, string? result, CaseActor actor, CancellationToken cancellationToken) =>
        steps.RunAsync(caseId, version, CaseAction.Resume, actor, async step =>
        {
            await clock.ResumeAsync(step, cancellationToken);
            step.Record["suspendedDays"] = await suspensions.EndAsync(step, result, cancellationToken);
            step.Record["result"] = result;
            step.Record["due"] = step.Case.DueDate;
            return CaseState.UnderReview;
        }, cancellationToken);

    public Task<CaseRow> ExtendAsync(Guid caseId, int version, int workingDays, string reason, CaseActor actor, CancellationToken cancellationToken)
    {
        if (workingDays is < 1 or > 60)
            throw PlatformProblem.Invalid("case.extension.days_invalid", "workingDays", "延期天数须为 1 至 60 个工作日。");
        RequireText(reason, "reason", "延期理由");
        return steps.RunAsync(caseId, version, CaseAction.Extend, actor, async step =>
        {
            await clock.ExtendAsync(step, workingDays, reason, cancellationToken);
            step.Record["workingDays"] = workingDays;
            step.Record["reason"] = reason;
            step.Record["due"] = step.Case.DueDate;
            return CaseState.UnderReview;
        }, cancellationToken);
    }

    private static PlatformProblem NotDeclared(MatterTerms matter) =>
        new(422, "case.suspension.procedure_not_declared", "该事项未规定此特别程序",
            matter.Procedures.Count == 0
                ? $"“{matter.Name}”没有规定任何特别程序，不能挂起。"
                : $"“{matter.Name}”只规定了以下特别程序：{string.Join("、", matter.Procedures.Select(p => $"{p.Name}（{p.Kind}）"))}。")
        {
            Errors = new Dictionary<string, string[]> { ["procedure"] = ["须为本事项规定的特别程序"] },
            Extensions = new Dictionary<string, object?> { ["declared"] = matter.Procedures.Select(p => p.Kind).ToArray() },
        };

    private static void RequireText(string? text, string field, string what)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 4000)
            throw PlatformProblem.Invalid("case.text_required", field, $"{what}不能为空，且不超过 4000 字。");
    }
}

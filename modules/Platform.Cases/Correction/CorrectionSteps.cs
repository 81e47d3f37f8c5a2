using System.Text.Json;
using Dapper;
using Platform.Cases.Contracts;
using Platform.Cases.Domain;
using Platform.Cases.Materials;
using Platform.Cases.Workflow;
using Platform.Kernel;
using Platform.Kernel.Errors;

namespace Platform.Cases.Correction;

/// <summary>
/// 一次性告知: one notice listing everything to fix. Issued before acceptance it only sends the case
/// back; issued during review it also stops the clock (法定不计时) until the applicant answers.
/// </summary>
internal sealed class CorrectionSteps(CaseSteps steps, CaseClock clock, MaterialStore materials)
{
    public Task<CaseRow> RequestAsync(Guid caseId, int version, IReadOnlyList<CorrectionItem> items, CaseActor actor, CancellationToken cancellationToken)
    {
        if (items.Count == 0)
            throw PlatformProblem.Invalid("case.correction.items_required", "items", "一次性告知须列明全部需补正的事项。");
        for (var i = 0; i < items.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(items[i].Problem))
                throw PlatformProblem.Invalid("case.correction.problem_required", $"items[{i}].problem", "每一项须写明问题。");
        }

        return steps.RunAsync(caseId, version, CaseAction.RequestCorrection, actor, async step =>
        {
            var stopsClock = step.Case.State == CaseState.UnderReview;
            if (stopsClock) await clock.SuspendAsync(step, "补正", cancellationToken);
            await step.Transaction.Connection!.ExecuteAsync(
                "INSERT INTO cases.correction_notices (id, case_id, issued_at, items, clock_stopped) VALUES (@noticeId, @Id, @at, @items::jsonb, @stopsClock)",
                new { noticeId = Ids.New(), step.Case.Id, at = step.Now.ToUniversalTime(), items = JsonSerializer.Serialize(items), stopsClock },
                step.Transaction);
            step.Record["items"] = items;
            step.Record["clockStopped"] = stopsClock;
            return CaseState.AwaitingCorrection;
        }, cancellationToken);
    }

    public Task<CaseRow> AnswerAsync(Guid caseId, int version, IReadOnlyList<SubmittedMaterial> supplied, CaseActor actor, CancellationToken cancellationToken) =>
        steps.RunAsync(caseId, version, CaseAction.AnswerCorrection, actor, async step =>
        {
            if (step.Case.ApplicantId != actor.Id && actor.UnitCode is null)
                throw PlatformProblem.Forbidden("case.correction.not_applicant", "只有申请人或窗口人员可以提交补正材料。");
            var clockStopped = await step.Transaction.Connection!.ExecuteScalarAsync<bool>(
                """
                UPDATE cases.correction_notices SET answered_at = @at
                WHERE case_id = @Id AND answered_at IS NULL
                RETURNING clock_stopped
                """, new { step.Case.Id, at = step.Now.ToUniversalTime() }, step.Transaction);
            foreach (var material in supplied)
            {
                var status = material.FileId is not null ? MaterialStatus.Provided : MaterialStatus.ELicence;
                await materials.MarkAsync(step.Transaction, step.Case.Id, material.MaterialCode, status, material.FileId, step.Now);
            }

            step.Record["supplied"] = supplied.Select(m => m.MaterialCode).ToArray();
            if (!clockStopped) return CaseState.Submitted;
            await clock.ResumeAsync(step, cancellationToken);
            step.Record["due"] = step.Case.DueDate;
            return CaseState.UnderReview;
        }, cancellationToken);
}

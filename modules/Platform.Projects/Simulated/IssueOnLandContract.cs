using System.Text.Json;
using Platform.Cases.Contracts;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;
using Platform.Projects.Categories;
using Platform.Projects.Contracts;
using Platform.Projects.Register;
using Platform.Projects.Stages;

namespace Platform.Projects.Simulated;

/// <summary>
/// Records the land contract of a project under simulated approval and at once turns the pre-review into the real
/// thing: the first three stages are filed from the held form and materials, accepted at their windows (tolerant
/// route: the non-core materials follow on the commitment letter) and every member is approved by the department
/// that pre-reviewed it, issuing its e-licence. Each step is the ordinary, idempotent one, so a retry resumes where
/// an interrupted run stopped.
/// </summary>
internal sealed class IssueOnLandContract(ITransactionRunner transactions, IAuditTrail audit, IClock clock, FileStage file, AcceptStage accept,
    IProjectReader reader, ICaseReader cases, ICaseWorkflow workflow)
{
    public async Task HandleAsync(Guid projectId, int version, string landContract, string actorId, CancellationToken cancellationToken)
    {
        var (project, simulated, template, preReviews) = await transactions.RunAsync(async tx =>
        {
            var p = await SimulatedApproval.LockAsync(tx, projectId, version);
            var s = await SimulatedStore.FindAsync(tx.Connection!, tx, projectId)
                    ?? throw PlatformProblem.Conflict("project.simulated.not_open", "项目不在模拟审批中。");
            var category = (await CategoryStore.FindAsync(tx.Connection!, tx, p.RegionCode, p.CategoryCode))!;
            var reviews = await SimulatedStore.PreReviewsAsync(tx.Connection!, tx, projectId);
            var open = category.Stages.Where(st => st.Ordinal <= SimulatedApproval.LastPreReviewedStage).SelectMany(st => st.Matters)
                .Where(m => reviews.All(r => r.MatterCode != m.Code || r.Verdict != "pass")).Select(m => m.Code).ToList();
            if (open.Count > 0)
                throw PlatformProblem.Conflict("project.simulated.pre_review_open", $"尚有 {open.Count} 个事项未通过预审（{string.Join("、", open)}），不能转为正式审批。");
            if (s.LandContract is null)
            {
                await SimulatedStore.ContractAsync(tx, projectId, landContract, clock.Now);
                await ProjectStore.BumpAsync(tx, projectId);
                await audit.AppendAsync(tx, new AuditEntry(p.RegionCode, actorId, "project.land_contract_recorded", "project", projectId.ToString(),
                    new { landContract }), cancellationToken);
            }

            return (p, s, category, reviews);
        }, cancellationToken);

        var applicant = new CaseActor(simulated.ApplicantId, simulated.ApplicantName, project.RegionCode, null);
        var form = JsonSerializer.Deserialize<Dictionary<string, string>>(simulated.Form)!;
        form["国有建设用地使用权出让合同"] = landContract;
        var files = JsonSerializer.Deserialize<Dictionary<string, Guid>>(simulated.Materials)!;
        foreach (var stage in template.Stages.Where(s => s.Ordinal <= SimulatedApproval.LastPreReviewedStage).OrderBy(s => s.Ordinal))
        {
            var view = (await reader.GetAsync(projectId, cancellationToken))!;
            await file.HandleAsync(new StageFiling(projectId, stage.Ordinal, form, files, $"simulated:{projectId}:{stage.Ordinal}"), view.Version, applicant,
                cancellationToken);
            var clerk = new CaseActor($"simulated:{actorId}", "模拟审批转正式审批（土地出让合同登记）", project.RegionCode, stage.Window);
            await accept.HandleAsync(projectId, stage.Ordinal, (await reader.GetAsync(projectId, cancellationToken))!.Version, clerk, cancellationToken,
                tolerant: true);
            foreach (var member in (await reader.GetAsync(projectId, cancellationToken))!.Stages[stage.Ordinal - 1].Members)
                await ApproveAsync(member.CaseId!.Value, preReviews.Single(r => r.MatterCode == member.MatterCode), project.RegionCode, cancellationToken);
        }
    }

    /// <summary>The pre-reviewing department's opinion stands as its review and its decision.</summary>
    private async Task ApproveAsync(Guid caseId, PreReviewRow preReview, string regionCode, CancellationToken cancellationToken)
    {
        var view = (await cases.GetAsync(caseId, cancellationToken))!;
        if (view.State != nameof(CaseState.UnderReview)) return;
        var opinion = $"依模拟审批预审意见：{preReview.Text}";
        foreach (var step in view.ReviewSteps.Where(s => s.CompletedAt is null))
            view = await workflow.CompleteReviewStepAsync(view.Id, view.Version, true, opinion,
                new CaseActor(preReview.ReviewerId, preReview.ReviewerName, regionCode, step.UnitCode), cancellationToken);
        await workflow.DecideAsync(view.Id, view.Version, true, opinion, null,
            new CaseActor(preReview.ReviewerId, preReview.ReviewerName, regionCode, view.HandlingUnitCode), cancellationToken);
    }
}

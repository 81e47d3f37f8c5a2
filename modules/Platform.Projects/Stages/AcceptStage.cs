using Dapper;
using Npgsql;
using Platform.Calendar.Contracts;
using Platform.Cases.Contracts;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;
using Platform.Projects.Categories;
using Platform.Projects.Credit;
using Platform.Projects.JointReviews;
using Platform.Projects.Register;

namespace Platform.Projects.Stages;

/// <summary>
/// Accepts a filed stage at its one window: every member case is accepted at once (on the notification-commitment
/// route where the matter allows it and the enterprise is not black-listed), then the stage deadline opens and the
/// chain clock starts (first stage) or runs again, and the stage's joint reviews open with their own deadlines. A stage whose members were all decided at intake completes here.
/// </summary>
internal sealed class AcceptStage(ITransactionRunner transactions, IAuditTrail audit, IClock clock, ICaseWorkflow workflow, ICaseReader cases,
    IDeadlineRegistry deadlines, MemberMaterials matters, StageCompletion completion, JointReviewOpening jointReviews)
{
    /// <param name="tolerant">Members missing non-core materials are taken in on the tolerant route (容缺受理) where their matter allows it,
    /// on the commitment letter signed when the project entered simulated approval.</param>
    public async Task<ProjectRow> HandleAsync(Guid projectId, int ordinal, int version, CaseActor clerk, CancellationToken cancellationToken,
        bool tolerant = false)
    {
        var (project, stage, members) = await transactions.RunAsync(async tx =>
        {
            var p = await ProjectStore.FindAsync(tx.Connection!, tx, projectId) ?? throw PlatformProblem.NotFound("project.not_found", "项目不存在。");
            var s = (await StageStore.StagesAsync(tx.Connection!, tx, projectId)).FirstOrDefault(x => x.Ordinal == ordinal)
                    ?? throw PlatformProblem.Conflict("project.stage_not_filed", $"第{ordinal}阶段尚未申报。");
            // The red/black list as it stands now, not as it stood when the project was registered.
            p = p with { CreditStanding = await CreditRegister.StandingAsync(tx, p.RegionCode, p.EnterpriseCode) };
            return (p, s, (await StageStore.MembersAsync(tx.Connection!, tx, projectId)).Where(m => m.Ordinal == ordinal).ToList());
        }, cancellationToken);
        if (project.Version != version) throw PlatformProblem.Conflict("project.version_conflict", "项目已有新的办理进展，请刷新后重试。");
        if (stage.State == StageState.Completed) return project;
        if (clerk.UnitCode != stage.WindowUnitCode)
            throw PlatformProblem.Forbidden("project.stage_window", $"第{ordinal}阶段由其综合窗口（{stage.WindowUnitCode}）统一受理。");
        if (members.Any(m => m.CaseId is null))
            throw PlatformProblem.Conflict("project.stage_members_missing", "阶段并联事项尚未全部提交，请申请人重新提交本阶段申报。");

        // An accepted stage comes back to its window only for members filed again after a refusal: accept those, the clocks run on.
        await Task.WhenAll(members.Select(m => AcceptMemberAsync(project, m, clerk, tolerant, cancellationToken)));
        if (stage.State == StageState.Accepted) return project;
        return await transactions.RunAsync(tx => StartClocksAsync(tx, project, ordinal, clerk, cancellationToken), cancellationToken);
    }

    private async Task AcceptMemberAsync(ProjectRow project, StageMemberRow member, CaseActor clerk, bool tolerant, CancellationToken cancellationToken)
    {
        var view = (await cases.GetAsync(member.CaseId!.Value, cancellationToken))!;
        if (view.State != nameof(CaseState.Submitted)) return;
        var commitment = project.CreditStanding != CreditStanding.Black
                         && await matters.AllowsCommitmentAsync(project.RegionCode, member.MatterCode, cancellationToken);
        if (commitment) await workflow.AcceptOnCommitmentAsync(view.Id, view.Version, true, clerk, cancellationToken);
        else if (tolerant && project.CreditStanding != CreditStanding.Black && view.Materials.Any(m => m.Required && m.Status == "Missing")
                 && await matters.AllowsTolerantAsync(project.RegionCode, member.MatterCode, cancellationToken))
            await workflow.TolerantAcceptAsync(view.Id, view.Version, true, clerk, cancellationToken);
        else await workflow.AcceptAsync(view.Id, view.Version, clerk, cancellationToken);
    }

    private async Task<ProjectRow> StartClocksAsync(NpgsqlTransaction tx, ProjectRow project, int ordinal, CaseActor clerk, CancellationToken cancellationToken)
    {
        var stage = (await StageStore.LockAsync(tx, project.Id, ordinal))!;
        var locked = (await ProjectStore.LockAsync(tx, project.Id))!;
        if (stage.State != StageState.Filed) return locked;
        var now = clock.Now;
        var stageDeadline = await deadlines.OpenAsync(tx, new OpenDeadline(project.RegionCode, "project-stage", $"{project.Id}:{ordinal}", now,
            TimeLimit.WorkingDays(stage.CommittedDays)), cancellationToken);
        await tx.Connection!.ExecuteAsync(
            "UPDATE projects.stages SET state = @state, accepted_at = @at, deadline_id = @stageDeadline WHERE project_id = @id AND ordinal = @ordinal",
            new { state = StageState.Accepted, at = now.ToUniversalTime(), stageDeadline, id = project.Id, ordinal }, tx);
        var template = (await CategoryStore.FindAsync(tx.Connection!, tx, project.RegionCode, project.CategoryCode))!.Stages.Single(s => s.Ordinal == ordinal);
        await jointReviews.OpenAsync(tx, project.RegionCode, project.Id, ordinal, template.JointReviews, now, cancellationToken);
        if (locked.ChainDeadlineId is { } chain) await deadlines.ResumeAsync(tx, chain, now, cancellationToken);
        else
        {
            var chainDeadline = await deadlines.OpenAsync(tx, new OpenDeadline(project.RegionCode, "project-chain", project.Id.ToString(), now,
                TimeLimit.WorkingDays(locked.ChainCapDays)), cancellationToken);
            await tx.Connection!.ExecuteAsync("UPDATE projects.projects SET chain_deadline_id = @chainDeadline WHERE id = @id",
                new { chainDeadline, id = project.Id }, tx);
        }

        await ProjectStore.BumpAsync(tx, project.Id);
        await audit.AppendAsync(tx, new AuditEntry(project.RegionCode, clerk.Id, "project.stage_accepted", "project", project.Id.ToString(),
            new { ordinal, stage.Name, window = clerk.UnitCode }), cancellationToken);
        await completion.TryCompleteAsync(tx, project.Id, ordinal, now, clerk.Id, cancellationToken);
        return (await ProjectStore.FindAsync(tx.Connection!, tx, project.Id))!;
    }
}

using Npgsql;
using Dapper;
using Platform.Calendar.Contracts;
using Platform.Kernel.Audit;
using Platform.Projects.JointReviews;
using Platform.Projects.Contracts;
using Platform.Projects.Observers;
using Platform.Projects.Register;

namespace Platform.Projects.Stages;

/// <summary>
/// Completes a stage inside the caller's transaction (a member case's step, a joint review's last opinion, or the
/// stage's acceptance) once its completion rule holds and each of its joint reviews has concluded without failing: the stage deadline closes, the chain clock stands still until the next stage is
/// accepted, and after the fourth stage it closes. The stage row is locked first, so two member cases decided
/// at the same moment cannot both miss each other.
/// </summary>
internal sealed class StageCompletion(IDeadlineRegistry deadlines, IAuditTrail audit, ProjectObservers observers)
{
    public async Task<bool> TryCompleteAsync(NpgsqlTransaction tx, Guid projectId, int ordinal, DateTimeOffset at, string actorId,
        CancellationToken cancellationToken)
    {
        var stage = await StageStore.LockAsync(tx, projectId, ordinal);
        if (stage is not { State: StageState.Accepted }) return false;
        var members = (await StageStore.MembersAsync(tx.Connection!, tx, projectId)).Where(m => m.Ordinal == ordinal);
        if (!StageRules.IsComplete(stage.CompletionRule, members)) return false;
        var reviews = (await JointReviewStore.ForProjectAsync(tx.Connection!, tx, projectId)).Where(r => r.Ordinal == ordinal);
        if (reviews.Any(r => r.Conclusion is null or Verdict.Fail)) return false;

        await tx.Connection!.ExecuteAsync(
            "UPDATE projects.stages SET state = @state, completed_at = @at WHERE project_id = @projectId AND ordinal = @ordinal",
            new { state = StageState.Completed, at = at.ToUniversalTime(), projectId, ordinal }, tx);
        if (stage.DeadlineId is { } stageDeadline) await deadlines.CloseAsync(tx, stageDeadline, at, cancellationToken);
        var project = (await ProjectStore.FindAsync(tx.Connection!, tx, projectId))!;
        if (project.ChainDeadlineId is { } chain)
        {
            if (ordinal == 4) await deadlines.CloseAsync(tx, chain, at, cancellationToken);
            else await deadlines.SuspendAsync(tx, chain, at, $"第{ordinal}阶段办结，申请人准备第{ordinal + 1}阶段申报期间不计时", cancellationToken);
        }

        await ProjectStore.BumpAsync(tx, projectId);
        await observers.NotifyAsync(tx, project, ProjectChangeKind.StageCompleted, at, cancellationToken, ordinal, stage.Name);
        await audit.AppendAsync(tx, new AuditEntry(project.RegionCode, actorId, "project.stage_completed", "project", projectId.ToString(),
            new { ordinal, stage.Name }), cancellationToken);
        return true;
    }
}

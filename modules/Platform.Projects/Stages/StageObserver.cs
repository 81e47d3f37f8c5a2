using Npgsql;
using Platform.Cases.Contracts;

namespace Platform.Projects.Stages;

/// <summary>Follows the member cases of project stages inside each step's transaction: copies state and due date, completes the stage.</summary>
internal sealed class StageObserver(StageCompletion completion) : ICaseStepObserver
{
    /// <summary>A stage member names its case after the case exists, so no case is a member at its own submission.</summary>
    public bool Follows(CaseStepRecorded step) => step.Action != CaseAction.Submit;

    public async Task OnStepAsync(NpgsqlTransaction transaction, CaseStepRecorded step, CancellationToken cancellationToken)
    {
        if (await StageStore.FollowAsync(transaction, step.CaseId, step.ToState.ToString(), step.DueDate) is not { } stage) return;
        await completion.TryCompleteAsync(transaction, stage.ProjectId, stage.Ordinal, step.OccurredAt, step.ActorId, cancellationToken);
    }
}

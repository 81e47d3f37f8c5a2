using Dapper;
using Npgsql;
using Platform.Bundles.Submission;
using Platform.Cases.Contracts;

namespace Platform.Bundles.Tracking;

/// <summary>Follows member cases: each step updates the member's copy and may move the bundle, in the step's own transaction.</summary>
internal sealed class BundleMemberObserver(BundleProgress progress) : ICaseStepObserver
{
    /// <summary>A member row names its case after the case exists, so no case is a member at its own submission.</summary>
    public bool Follows(CaseStepRecorded step) => step.Action != CaseAction.Submit;

    public async Task OnStepAsync(NpgsqlTransaction transaction, CaseStepRecorded step, CancellationToken cancellationToken)
    {
        var bundleCaseId = await transaction.Connection!.ExecuteScalarAsync<Guid?>(
            """
            UPDATE bundles.bundle_members SET state = @state, due_date = @due::date, updated_at = @at
            WHERE case_id = @CaseId RETURNING bundle_case_id
            """, new { step.CaseId, state = step.ToState.ToString(), due = step.DueDate?.ToString("yyyy-MM-dd"), at = step.OccurredAt.ToUniversalTime() },
            transaction);
        if (bundleCaseId is not { } id) return;
        var row = await BundleCaseStore.LockAsync(transaction, id);
        var members = await BundleCaseStore.MembersAsync(transaction.Connection!, transaction, id);
        await progress.AdvanceAsync(transaction, row, members, step.OccurredAt, step.ActorId, cancellationToken);
    }
}

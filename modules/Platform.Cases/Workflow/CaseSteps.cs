using Platform.Cases.Contracts;
using Platform.Cases.Domain;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;

namespace Platform.Cases.Workflow;

/// <summary>
/// Runs one step on a case: lock the row, check the caller saw the current version (If-Match) and that
/// the state allows the step, apply it, then write the case, its timeline entry and its audit record
/// in the same transaction as whatever the step changed (deadlines, materials, notices).
/// </summary>
internal sealed class CaseSteps(ITransactionRunner transactions, CaseStore store, CaseTimeline timeline, IClock clock)
{
    public Task<CaseRow> RunAsync(Guid caseId, int expectedVersion, CaseAction action, CaseActor actor,
        Func<StepContext, Task<CaseState>> apply, CancellationToken cancellationToken) =>
        transactions.RunAsync(async transaction =>
        {
            var current = await store.LockAsync(transaction, caseId, cancellationToken);
            if (current.RegionCode != actor.RegionCode)
                throw PlatformProblem.NotFound("case.not_found", "办件不存在。");
            if (current.Version != expectedVersion)
                throw new PlatformProblem(409, "case.version.conflict", "办件已被他人更新",
                    $"您看到的是第 {expectedVersion} 版，办件已更新为第 {current.Version} 版，请刷新后重试。")
                {
                    Extensions = new Dictionary<string, object?> { ["currentVersion"] = current.Version },
                };
            CaseTransitions.Require(current.State, action);

            var step = new StepContext(transaction, current, clock.Now, actor);
            var next = await apply(step);
            var updated = step.Case with { State = next, Version = current.Version + 1 };
            await timeline.RecordAsync(transaction, [CaseStore.UpdateCommand(updated)], updated, action, current.State, step, cancellationToken);
            return updated;
        }, cancellationToken);
}

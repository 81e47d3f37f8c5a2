using Dapper;
using Npgsql;
using Platform.Cases.Contracts;

namespace Platform.Exchange.Outbox;

/// <summary>
/// Reports the steps of project member cases that the province follows (受理 and the result: 准予, 不予许可, 不予受理, 撤回, 撤销)
/// inside the step's transaction. Each status is reported once per case (key: case number and status).
/// </summary>
internal sealed class CaseReporter : ICaseStepObserver
{
    public bool Follows(CaseStepRecorded step) => Statuses(step).Any();

    public async Task OnStepAsync(NpgsqlTransaction transaction, CaseStepRecorded step, CancellationToken cancellationToken)
    {
        var statuses = Statuses(step).ToList();
        if (statuses.Count == 0) return;
        var projectCode = await transaction.Connection!.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT project_code FROM exchange.member_cases WHERE case_id = @CaseId", new { step.CaseId }, transaction,
            cancellationToken: cancellationToken));
        if (projectCode is null) return;
        foreach (var status in statuses)
            await OutboxWriter.AppendAsync(transaction, new OutboxEntry($"{step.Number}:bl{status}", step.RegionCode, projectCode, StagingTables.CaseStep,
                new { xzqhdm = step.RegionCode, gcdm = projectCode, spsxslbm = step.Number, blzt = status, blbm = step.HandlingUnitCode, blsj = step.OccurredAt },
                step.OccurredAt), cancellationToken);
    }

    /// <summary>The 办理状态 codes a step reaches: 3 受理, 11 准予许可, 12 不予许可, 13 不予受理, 14 撤回, 15 撤销.</summary>
    private static IEnumerable<int> Statuses(CaseStepRecorded step)
    {
        if (step.Action is CaseAction.Accept or CaseAction.TolerantAccept or CaseAction.AcceptOnCommitment) yield return 3;
        if (step.FromState == step.ToState) yield break;
        switch (step.ToState)
        {
            case CaseState.Approved: yield return 11; break;
            case CaseState.Refused: yield return 12; break;
            case CaseState.RejectedAtIntake: yield return 13; break;
            case CaseState.Withdrawn: yield return 14; break;
            case CaseState.Revoked: yield return 15; break;
        }
    }
}

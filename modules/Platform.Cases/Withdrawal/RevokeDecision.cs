using Platform.Cases.Contracts;
using Platform.Cases.Verification;
using Platform.Cases.Workflow;
using Platform.Kernel.Errors;

namespace Platform.Cases.Withdrawal;

/// <summary>
/// 撤销 / 注销: the body revokes or cancels an issued decision on a legal ground. The case's licences
/// are revoked from this instant, so the e-licence library no longer offers them; a pending post-verification is called off.
/// </summary>
internal sealed class RevokeDecision(CaseSteps steps, PostVerifications verifications)
{
    public static readonly IReadOnlyDictionary<string, string> Kinds = new Dictionary<string, string>
    {
        ["revoke"] = "撤销", ["cancel"] = "注销",
    };

    public Task<CaseRow> HandleAsync(Guid caseId, int version, string kind, string legalGround, CaseActor actor, CancellationToken cancellationToken)
    {
        if (!Kinds.TryGetValue(kind, out var kindName))
            throw PlatformProblem.Invalid("case.revocation.kind_invalid", "kind", "类型须为 revoke（撤销）或 cancel（注销）。");
        if (string.IsNullOrWhiteSpace(legalGround) || legalGround.Length > 2000)
            throw PlatformProblem.Invalid("case.revocation.legal_ground_required", "legalGround", $"{kindName}决定须写明法律依据（不超过 2000 字）。");
        return steps.RunAsync(caseId, version, CaseAction.Revoke, actor, async step =>
        {
            await DecisionRevocation.ApplyAsync(step);
            await verifications.CancelPendingAsync(step, cancellationToken);
            step.Record["kind"] = kind;
            step.Record["legalGround"] = legalGround.Trim();
            return CaseState.Revoked;
        }, cancellationToken);
    }
}

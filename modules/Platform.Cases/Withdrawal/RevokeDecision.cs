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

    /// <summary>Every rule a revocation's input breaks: a known kind and a legal ground.</summary>
    public static FieldErrors Check(string? kind, string? legalGround)
    {
        var errors = new FieldErrors();
        var kindName = kind is null ? null : Kinds.GetValueOrDefault(kind);
        errors.Require(kindName is not null, "case.revocation.kind_invalid", "kind", "类型须为 revoke（撤销）或 cancel（注销）。");
        errors.Require(!string.IsNullOrWhiteSpace(legalGround) && legalGround.Length <= 2000, "case.revocation.legal_ground_required", "legalGround",
            $"{kindName ?? "撤销或注销"}决定须写明法律依据（不超过 2000 字）。");
        return errors;
    }

    public Task<CaseRow> HandleAsync(Guid caseId, int version, string kind, string legalGround, CaseActor actor, CancellationToken cancellationToken)
    {
        Check(kind, legalGround).ThrowIfAny();
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

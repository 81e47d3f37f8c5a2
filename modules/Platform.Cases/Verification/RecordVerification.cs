using Platform.Cases.Contracts;
using Platform.Cases.Credit;
using Platform.Cases.Withdrawal;
using Platform.Cases.Workflow;
using Platform.Kernel.Errors;

namespace Platform.Cases.Verification;

/// <summary>
/// The verifying unit's reviewer records the post-verification (告知承诺核查). Verified: the verification closes and the
/// decision stands. False (承诺不实): the decision is revoked with its licences, the applicant (the enterprise, when it applied
/// for one) goes on the region's dishonest list, so its next commitment application is refused, and the applicant is told.
/// </summary>
internal sealed class RecordVerification(CaseSteps steps, PostVerifications verifications, CreditList credit)
{
    public Task<CaseRow> HandleAsync(Guid caseId, int version, bool? verified, string? findings, CaseActor actor,
        CancellationToken cancellationToken)
    {
        if (verified is null)
            throw PlatformProblem.Invalid("case.verification.result_required", "verified", "请选择核查结论：属实或承诺不实。");
        findings = findings?.Trim();
        if (verified == false && string.IsNullOrEmpty(findings))
            throw PlatformProblem.Invalid("case.verification.findings_required", "findings", "承诺不实须写明核查发现的问题。");
        if (findings is { Length: > 4000 })
            throw PlatformProblem.Invalid("case.verification.findings_too_long", "findings", "核查意见不超过 4000 字。");

        return steps.RunAsync(caseId, version, CaseAction.RecordVerification, actor, async step =>
        {
            var pending = await PostVerifications.LockPendingAsync(step)
                          ?? throw PlatformProblem.Conflict("case.verification.not_pending", "该办件没有待核查的告知承诺。");
            if (pending.UnitCode != actor.UnitCode)
                throw PlatformProblem.Forbidden("case.verification.other_unit", "该告知承诺由其他单位核查。");
            var result = verified.Value ? VerificationResults.Verified : VerificationResults.False;
            await verifications.CompleteAsync(step, pending, result, verified, findings, cancellationToken);
            step.Record["verified"] = verified.Value;
            step.Record["findings"] = findings;
            if (verified.Value) return step.Case.State;

            await DecisionRevocation.ApplyAsync(step);
            var subject = step.Case.EnterpriseCode ?? step.Case.ApplicantId;
            await credit.ListAsync(step.Transaction, step.Case.RegionCode, subject, $"告知承诺不实（办件 {step.Case.Number}）：{findings}",
                cancellationToken);
            step.Record["kind"] = "revoke";
            step.Record["legalGround"] = "《行政许可法》第六十九条：申请人以欺骗等不正当手段取得行政许可（告知承诺不实）";
            step.Record["dishonestSubject"] = subject;
            return CaseState.Revoked;
        }, cancellationToken);
    }
}

using Dapper;
using Platform.Cases.Contracts;
using Platform.Cases.Domain;
using Platform.Cases.Licences;
using Platform.Cases.Workflow;
using Platform.Kernel.Errors;

namespace Platform.Cases.Decision;

/// <summary>决定 and 办结: approve or refuse once every review step is done; approval issues the e-licence; the clock stops.</summary>
internal sealed class DecideCase(CaseSteps steps, IMatterTermsSource matters, CaseClock clock, LicenceLibrary licences)
{
    /// <summary>Every rule the decision's input breaks; no verdict is one of them (the page chooses none for the person).</summary>
    public static FieldErrors Check(bool? approve, string? reasons, string? legalBasis)
    {
        var errors = new FieldErrors();
        errors.Require(approve is not null, "case.step.choice_required", "approve", "请选择准予或不予许可。");
        errors.Require(!string.IsNullOrWhiteSpace(reasons) && reasons.Length <= 4000, "case.decision.reasons_required", "reasons",
            "决定须写明理由（不超过 4000 字）。");
        errors.Require(approve != false || !string.IsNullOrWhiteSpace(legalBasis), "case.decision.legal_basis_required", "legalBasis",
            "不予许可决定须写明法律依据。");
        return errors;
    }

    public Task<CaseRow> HandleAsync(Guid caseId, int version, bool approve, string reasons, string? legalBasis, CaseActor actor,
        CancellationToken cancellationToken)
    {
        Check(approve, reasons, legalBasis).ThrowIfAny();

        return steps.RunAsync(caseId, version, CaseAction.Decide, actor, async step =>
        {
            var pending = (await step.Transaction.Connection!.QueryAsync<string>(
                "SELECT unit_code FROM cases.review_steps WHERE case_id = @Id AND completed_at IS NULL ORDER BY ordinal",
                new { step.Case.Id }, step.Transaction)).ToList();
            if (pending.Count > 0)
                throw new PlatformProblem(409, "case.review.incomplete", "审查尚未完成", $"以下单位尚未出具审查意见：{string.Join("、", pending)}。")
                {
                    Extensions = new Dictionary<string, object?> { ["pendingUnits"] = pending },
                };

            await clock.StopAsync(step, cancellationToken);
            step.Case = step.Case with { DecidedAt = step.Now, Decision = DecisionRecord.Json(approve, reasons.Trim(), legalBasis?.Trim(),
                Seals.Of(step.Case), step.Case.HandlingUnitCode, step.Actor.Name) };
            step.Record["approved"] = approve;
            step.Record["legalBasis"] = legalBasis;
            var matter = await matters.VersionAsync(step.Case.MatterVersionId, cancellationToken);
            if (approve && matter.LicenceType is { } licenceType)
                step.Record["licence"] = await licences.IssueAsync(step, licenceType, Seals.Of(step.Case), cancellationToken);
            return approve ? CaseState.Approved : CaseState.Refused;
        }, cancellationToken);
    }
}

using Dapper;
using Platform.Calendar.Contracts;
using Platform.Cases.Contracts;
using Platform.Cases.Credit;
using Platform.Cases.Decision;
using Platform.Cases.Domain;
using Platform.Cases.Licences;
using Platform.Cases.Materials;
using Platform.Cases.Verification;
using Platform.Cases.Workflow;
using Platform.Kernel.Time;

namespace Platform.Cases.Intake;

/// <summary>
/// The three ways in: a complete application (受理); tolerant acceptance (容缺受理) with every core
/// material and a signed commitment letter, the missing non-core materials each getting a supply
/// deadline; and notification-commitment (告知承诺) decided at once on the applicant's promise, with
/// a post-verification deadline, unless the applicant is on the dishonest list.
/// </summary>
internal sealed class AcceptCase(CaseSteps steps, IMatterTermsSource matters, MaterialStore materials, CaseClock clock,
    IDeadlineRegistry deadlines, CreditList credit, LicenceLibrary licences, PostVerifications verifications, IEnumerable<IAcceptanceCheck> checks)
{
    /// <param name="bindingLimit">The limit a calling module binds the case to (a bundle's promise); null runs on the matter's own.</param>
    public Task<CaseRow> AcceptAsync(Guid caseId, int version, CaseActor actor, CancellationToken cancellationToken, TimeLimit? bindingLimit = null) =>
        steps.RunAsync(caseId, version, CaseAction.Accept, actor, async step =>
        {
            await CheckAsync(step, cancellationToken);
            var matter = await matters.VersionAsync(step.Case.MatterVersionId, cancellationToken);
            IntakeRules.RequireComplete(await GapsAsync(step, matter));
            if (bindingLimit is not null) step.Record["bindingLimit"] = bindingLimit;
            await StartReviewAsync(step, bindingLimit is null ? matter : matter with { CommittedLimit = bindingLimit }, "standard", cancellationToken);
            return CaseState.UnderReview;
        }, cancellationToken);

    /// <param name="deferredCodes">
    /// The materials the clerk ticked as deferred (容缺): every missing non-core one, and any non-core one handed in that the
    /// clerk sets aside to be supplied again. Null defers exactly the missing non-core ones.
    /// </param>
    public Task<CaseRow> TolerantAcceptAsync(Guid caseId, int version, bool commitmentLetterSigned, CaseActor actor, CancellationToken cancellationToken,
        IReadOnlyList<string>? deferredCodes = null) =>
        steps.RunAsync(caseId, version, CaseAction.TolerantAccept, actor, async step =>
        {
            await CheckAsync(step, cancellationToken);
            var matter = await matters.VersionAsync(step.Case.MatterVersionId, cancellationToken);
            var gaps = await GapsAsync(step, matter);
            IntakeRules.RequireTolerantAcceptance(matter, gaps, commitmentLetterSigned);
            var deferred = new List<object>();
            foreach (var material in IntakeRules.Deferred(matter, gaps, deferredCodes))
            {
                var deadlineId = await deadlines.OpenAsync(step.Transaction, new OpenDeadline(step.Case.RegionCode, "deferred-material",
                    $"{step.Case.Id}:{material.Code}", step.Now, TimeLimit.WorkingDays(material.DeferredSupplyWorkingDays)), cancellationToken);
                var due = (await deadlines.GetAsync(step.Transaction, deadlineId, cancellationToken)).Due.Due;
                await materials.DeferAsync(step.Transaction, step.Case.Id, material.Code, due, deadlineId);
                deferred.Add(new { material.Code, material.Name, due });
            }

            step.Record["deferredMaterials"] = deferred;
            step.Record["commitmentLetterSigned"] = true;
            await StartReviewAsync(step, matter, "tolerant", cancellationToken);
            return CaseState.UnderReview;
        }, cancellationToken);

    public Task<CaseRow> AcceptOnCommitmentAsync(Guid caseId, int version, bool commitmentLetterSigned, CaseActor actor, CancellationToken cancellationToken) =>
        steps.RunAsync(caseId, version, CaseAction.AcceptOnCommitment, actor, async step =>
        {
            await CheckAsync(step, cancellationToken);
            var matter = await matters.VersionAsync(step.Case.MatterVersionId, cancellationToken);
            var dishonest = await credit.IsDishonestAsync(step.Transaction, step.Case.RegionCode, step.Case.ApplicantId, step.Case.EnterpriseCode);
            IntakeRules.RequireNotificationCommitment(matter, dishonest, commitmentLetterSigned);

            var due = await verifications.OpenAsync(step, matter, cancellationToken);

            step.Case = step.Case with
            {
                IntakeRoute = "commitment", AcceptedAt = step.Now, DecidedAt = step.Now, DueDate = BusinessTime.DateOf(step.Now),
                Decision = DecisionRecord.Json(true, "申请人已签署告知承诺书，依告知承诺制当场作出准予决定。", "告知承诺制", Seals.Of(step.Case),
                    step.Case.HandlingUnitCode, step.Actor.Name),
            };
            if (matter.LicenceType is { } licenceType)
                step.Record["licence"] = await licences.IssueAsync(step, licenceType, Seals.Of(step.Case), cancellationToken);
            step.Record["postVerificationDue"] = due;
            return CaseState.Approved;
        }, cancellationToken);

    /// <summary>Runs the modules' acceptance checks on the case as it stands, with the documents its applicant has e-signed.</summary>
    private async Task CheckAsync(StepContext step, CancellationToken cancellationToken)
    {
        var signed = (await step.Transaction.Connection!.QueryAsync<string>(
            "SELECT document FROM cases.signatures WHERE case_id = @Id", new { step.Case.Id }, step.Transaction)).ToList();
        var candidate = new CaseAtAcceptance(step.Case.Id, step.Case.RegionCode, step.Case.MatterCode, step.Case.Channel, signed);
        foreach (var check in checks) await check.CheckAsync(step.Transaction, candidate, cancellationToken);
    }

    private async Task<MaterialGaps> GapsAsync(StepContext step, MatterTerms matter)
    {
        var held = await materials.ListAsync(step.Transaction.Connection!, step.Transaction, step.Case.Id);
        return MaterialGaps.Of(matter.Requiring(held.Where(m => m.Required).Select(m => m.MaterialCode).ToList()),
            held.Where(m => m.Satisfied).Select(m => m.MaterialCode).ToHashSet());
    }

    private async Task StartReviewAsync(StepContext step, MatterTerms matter, string route, CancellationToken cancellationToken)
    {
        step.Case = step.Case with { IntakeRoute = route, AcceptedAt = step.Now };
        await ReviewPlan.CreateAsync(step, matter);
        await clock.StartAsync(step, matter.CommittedLimit, cancellationToken);
        step.Record["due"] = step.Case.DueDate;
    }
}

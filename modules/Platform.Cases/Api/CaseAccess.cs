using Platform.Cases.Contracts;
using Platform.Cases.Domain;
using Platform.Cases.Tracking;
using Platform.Identity.Contracts;
using Platform.Kernel.Errors;

namespace Platform.Cases.Api;

/// <summary>
/// Who may see and move a case, decided with the identity module's policy: applicants see their own
/// and their enterprise's cases; staff see their region's; window clerks take intake steps; units
/// the case is routed to review and decide; leaders approve extensions. Another region's case is 404.
/// </summary>
internal sealed class CaseAccess(ICurrentActor current, IAccessPolicy policy, IOrganisationDirectory directory)
{
    private static readonly CaseAction[] IntakeActions =
        [CaseAction.Accept, CaseAction.TolerantAccept, CaseAction.AcceptOnCommitment, CaseAction.RejectAtIntake];

    private static readonly CaseAction[] ApplicantActions =
        [CaseAction.AnswerCorrection, CaseAction.SupplyDeferredMaterial, CaseAction.Withdraw, CaseAction.ConfirmDelivery, CaseAction.ChooseDelivery];

    public async Task<CaseView> DemandVisibleAsync(CaseView? view, CancellationToken cancellationToken)
    {
        var visible = view is not null && (policy.CanSeeRegion(view.RegionCode) || OwnsAsApplicant(view));
        await policy.DemandVisibleAsync(visible, "case.not_found", "办件", cancellationToken);
        return view!;
    }

    /// <summary>The actor for a step, once the caller is allowed to take it on this case.</summary>
    public async Task<CaseActor> DemandStepAsync(CaseView view, CaseAction action, CancellationToken cancellationToken)
    {
        await DemandVisibleAsync(view, cancellationToken);
        var unitCode = await UnitCodeAsync(cancellationToken);
        if (!Allows(view, action, unitCode))
            throw PlatformProblem.Forbidden("identity.forbidden", $"您无权对该办件执行“{CaseActionNames.Chinese(action)}”。");
        return CaseActor(unitCode, view.RegionCode);
    }

    /// <summary>The steps the case's state allows that the caller may take, for showing only those forms.</summary>
    public async Task<IReadOnlyList<CaseAction>> StepsForCallerAsync(CaseView view, CancellationToken cancellationToken)
    {
        var unitCode = await UnitCodeAsync(cancellationToken);
        return view.AllowedActions.Select(Enum.Parse<CaseAction>).Where(action => Allows(view, action, unitCode)).ToList();
    }

    private bool Allows(CaseView view, CaseAction action, string? unitCode)
    {
        var allowed = action switch
        {
            _ when ApplicantActions.Contains(action) && OwnsAsApplicant(view) => true,
            _ when IntakeActions.Contains(action) || (action == CaseAction.RequestCorrection && view.State == nameof(CaseState.Submitted)) =>
                current.IsInRole(Role.WindowClerk) || current.IsInRole(Role.ParkCommitteeStaff),
            // Only the verifying unit's reviewers and leaders record a commitment's verification, and only while it is pending.
            CaseAction.RecordVerification => (current.IsInRole(Role.DepartmentReviewer) || current.IsInRole(Role.DepartmentLeader))
                && view.PostVerification is { CompletedAt: null } pending && pending.UnitCode == unitCode,
            CaseAction.Extend or CaseAction.Revoke => current.IsInRole(Role.DepartmentLeader) && RoutedTo(view, unitCode),
            // A unit gives its opinion once per step: once its steps are done, nobody in it (a leader after the reviewer) is offered one again.
            CaseAction.CompleteReviewStep => IsCaseWorker() && view.ReviewSteps.Any(s => s.UnitCode == unitCode && s.CompletedAt is null),
            CaseAction.Deliver or CaseAction.ConfirmDelivery or CaseAction.ReportDeliveryFailure =>
                current.IsInRole(Role.WindowClerk) || (IsCaseWorker() && RoutedTo(view, unitCode)),
            CaseAction.Withdraw or CaseAction.AnswerCorrection or CaseAction.SupplyDeferredMaterial or CaseAction.ChooseDelivery => current.IsInRole(Role.WindowClerk),
            _ => IsCaseWorker() && RoutedTo(view, unitCode),
        };
        return allowed && (view.RegionCode == current.RegionCode || OwnsAsApplicant(view));
    }

    /// <summary>The actor for creating a case or uploading a file.</summary>
    public async Task<CaseActor> CurrentAsync(string regionCode, CancellationToken cancellationToken) =>
        CaseActor(await UnitCodeAsync(cancellationToken), regionCode);

    public bool IsApplicant => current.IsInRole(Role.Applicant);

    public bool IsWindowClerkOf(string regionCode) =>
        (current.IsInRole(Role.WindowClerk) || current.IsInRole(Role.ParkCommitteeStaff)) && current.RegionCode == regionCode;

    public string? EnterpriseId => current.EnterpriseId;

    public string DisplayName => current.DisplayName;

    public string UserId => current.UserId?.ToString() ?? throw PlatformProblem.Forbidden("identity.forbidden", "请先登录。");

    public async Task<string?> UnitCodeAsync(CancellationToken cancellationToken)
    {
        if (current.UnitId is not { } unitId || current.RegionCode is not { } region) return null;
        return await directory.UnitCodeAsync(region, unitId, cancellationToken);
    }

    private CaseActor CaseActor(string? unitCode, string regionCode) => new(UserId, current.DisplayName, regionCode, unitCode);

    private bool OwnsAsApplicant(CaseView view) =>
        current.IsInRole(Role.Applicant)
        && (Guid.TryParse(view.ApplicantId, out var id) ? policy.CanSeeApplicantCase(id, view.EnterpriseCode)
            : view.EnterpriseCode is not null && current.EnterpriseId == view.EnterpriseCode);

    private bool IsCaseWorker() =>
        current.IsInRole(Role.DepartmentReviewer) || current.IsInRole(Role.DepartmentLeader) || current.IsInRole(Role.ParkCommitteeStaff)
        || current.IsInRole(Role.WindowClerk);

    private static bool RoutedTo(CaseView view, string? unitCode) =>
        unitCode is not null && (view.HandlingUnitCode == unitCode || view.ReviewSteps.Any(s => s.UnitCode == unitCode));
}

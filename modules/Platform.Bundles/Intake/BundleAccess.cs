using Platform.Cases.Contracts;
using Platform.Identity.Contracts;
using Platform.Kernel.Errors;

namespace Platform.Bundles.Intake;

/// <summary>Who the caller is for bundle cases, decided with the identity module's policy.</summary>
internal sealed class BundleAccess(ICurrentActor current, IAccessPolicy policy, IOrganisationDirectory directory)
{
    public bool IsApplicant => current.IsInRole(Role.Applicant);

    public bool IsWindowClerkOf(string regionCode) =>
        (current.IsInRole(Role.WindowClerk) || current.IsInRole(Role.ParkCommitteeStaff)) && current.RegionCode == regionCode;

    public string? EnterpriseId => current.EnterpriseId;

    public string UserId => current.UserId?.ToString() ?? throw PlatformProblem.Forbidden("identity.forbidden", "请先登录。");

    public string DisplayName => current.DisplayName;

    public async Task<OrganisationUnit?> UnitAsync(CancellationToken cancellationToken)
    {
        if (current.UnitId is not { } unitId || current.RegionCode is not { } region) return null;
        return (await directory.UnitsAsync(region, cancellationToken)).FirstOrDefault(u => u.Id == unitId);
    }

    public async Task<CaseActor> ActorAsync(string regionCode, CancellationToken cancellationToken) =>
        new(UserId, current.DisplayName, regionCode,
            current.UnitId is { } unitId && current.RegionCode is { } region ? await directory.UnitCodeAsync(region, unitId, cancellationToken) : null);

    /// <summary>Staff of the region, or the applicant who applied (by user id or enterprise); others get 404.</summary>
    public async Task DemandVisibleAsync(string regionCode, string applicantId, string? enterpriseCode, CancellationToken cancellationToken)
    {
        var own = current.IsInRole(Role.Applicant)
                  && (applicantId == current.UserId?.ToString() || enterpriseCode is not null && enterpriseCode == current.EnterpriseId);
        await policy.DemandVisibleAsync(policy.CanSeeRegion(regionCode) || own, "bundle.case.not_found", "一件事办件", cancellationToken);
    }
}

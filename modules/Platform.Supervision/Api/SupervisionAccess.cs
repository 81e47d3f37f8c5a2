using Platform.Cases.Contracts;
using Platform.Identity.Contracts;
using Platform.Kernel.Errors;

namespace Platform.Supervision.Api;

/// <summary>
/// Who sees what in supervision: supervisors (and platform admins) their region's warnings, orders, ratings
/// and statistics; staff their own unit's inbox, orders and rectifications; applicants rate their own cases.
/// </summary>
internal sealed class SupervisionAccess(ICurrentActor current, IAccessPolicy policy, IOrganisationDirectory directory)
{
    public string UserId => current.UserId?.ToString() ?? throw PlatformProblem.Forbidden("identity.forbidden", "请先登录。");

    public string DisplayName => current.DisplayName;

    public bool IsSupervisor => current.IsInRole(Role.Supervisor) || current.IsInRole(Role.PlatformAdmin);

    /// <summary>The region a supervisor asks about: their own unless a platform admin names another.</summary>
    public async Task<string> SupervisedRegionAsync(string? requested, CancellationToken cancellationToken)
    {
        var region = requested ?? current.RegionCode
            ?? throw PlatformProblem.Invalid("supervision.region_required", "region", "请指定地区代码。");
        await policy.DemandRegionAsync(region, cancellationToken);
        return region;
    }

    /// <summary>
    /// The region a supervision page shows: the one asked for, else the caller's own, else (a platform admin, who belongs
    /// to no region) the first region the deployment serves.
    /// </summary>
    public async Task<string> PageRegionAsync(string? requested, CancellationToken cancellationToken) =>
        await SupervisedRegionAsync(
            requested ?? current.RegionCode ?? (await directory.RegionsAsync(cancellationToken)).FirstOrDefault()?.Code,
            cancellationToken);

    /// <summary>The caller's region and unit code, or a 403 for users without a unit.</summary>
    public async Task<(string Region, string Unit)> OwnUnitAsync(CancellationToken cancellationToken)
    {
        if (current.UnitId is { } unitId && current.RegionCode is { } region)
        {
            if (await directory.UnitCodeAsync(region, unitId, cancellationToken) is { } code) return (region, code);
        }

        throw PlatformProblem.Forbidden("identity.forbidden", "您不属于任何办理单位。");
    }

    /// <summary>Supervisors of the region, or staff of the named unit. An empty region (the record was not found) is not found for anyone.</summary>
    public async Task DemandUnitOrSupervisorAsync(string regionCode, string unitCode, string notFoundCode, string what,
        CancellationToken cancellationToken)
    {
        var allowed = regionCode.Length > 0 && IsSupervisor && policy.CanSeeRegion(regionCode);
        if (!allowed && current.RegionCode == regionCode && current.UnitId is not null && !current.IsInRole(Role.Applicant))
            allowed = (await OwnUnitAsync(cancellationToken)).Unit == unitCode;
        await policy.DemandVisibleAsync(allowed, notFoundCode, what, cancellationToken);
    }

    public async Task DemandApplicantOfAsync(CaseView? view, CancellationToken cancellationToken)
    {
        var owns = view is not null && current.IsInRole(Role.Applicant)
                   && (Guid.TryParse(view.ApplicantId, out var id) ? policy.CanSeeApplicantCase(id, view.EnterpriseCode)
                       : view.EnterpriseCode is not null && current.EnterpriseId == view.EnterpriseCode);
        await policy.DemandVisibleAsync(owns, "case.not_found", "办件", cancellationToken);
    }

    public async Task DemandSupervisorOfAsync(string regionCode, string notFoundCode, string what, CancellationToken cancellationToken) =>
        await policy.DemandVisibleAsync(regionCode.Length > 0 && IsSupervisor && policy.CanSeeRegion(regionCode), notFoundCode, what, cancellationToken);
}

using Platform.Identity.Contracts;
using Platform.Identity.Security;
using Platform.Kernel.Errors;
using Platform.Kernel.Modularity;

namespace Platform.Identity.Access;

/// <summary>
/// Who may see and administer what. A platform admin reaches every region the deployment serves and no other: a region
/// code naming none (in a path or a body) is refused as unknown, before any write.
/// </summary>
internal sealed class AccessPolicy(ICurrentActor actor, SecurityLog log, Deployment deployment) : IAccessPolicy
{
    private static readonly Role[] CaseWorkers =
        [Role.WindowClerk, Role.DepartmentReviewer, Role.DepartmentLeader, Role.ParkCommitteeStaff];

    public bool CanSeeRegion(string regionCode) =>
        (actor.IsInRole(Role.PlatformAdmin) && Known(regionCode))
        || (actor.RegionCode == regionCode && actor.Roles.Any(ActorClaims.IsStaff));

    public bool CanAdministerRegion(string regionCode) =>
        (actor.IsInRole(Role.PlatformAdmin) && Known(regionCode))
        || (actor.IsInRole(Role.RegionAdmin) && actor.RegionCode == regionCode);

    public bool CanActOnCase(string regionCode, Guid unitId) =>
        actor.RegionCode == regionCode && actor.UnitId == unitId && CaseWorkers.Any(actor.IsInRole);

    public bool CanSeeApplicantCase(Guid applicantId, string? enterpriseId) =>
        actor.IsInRole(Role.Applicant)
        && (actor.UserId == applicantId || (enterpriseId is not null && actor.EnterpriseId == enterpriseId));

    public Task DemandRegionAsync(string regionCode, CancellationToken cancellationToken)
    {
        if (!Known(regionCode)) deployment.DemandServes(regionCode);
        return DemandAsync(CanSeeRegion(regionCode), $"地区 {regionCode}", cancellationToken);
    }

    public Task DemandAdministerRegionAsync(string regionCode, CancellationToken cancellationToken)
    {
        if (!Known(regionCode)) deployment.DemandServes(regionCode);
        return DemandAsync(CanAdministerRegion(regionCode), $"管理地区 {regionCode}", cancellationToken);
    }

    public async Task DemandVisibleAsync(bool allowed, string notFoundCode, string what, CancellationToken cancellationToken)
    {
        if (allowed) return;
        await log.RecordAsync(SecurityEventKind.AccessDenied, null, actor.UserId, actor.RegionCode, $"not visible: {what}", cancellationToken);
        throw PlatformProblem.NotFound(notFoundCode, $"{what}不存在。");
    }

    /// <summary>A region the deployment serves; an empty code names none (a caller's own region when it has none).</summary>
    private bool Known(string regionCode) => regionCode.Length == 0 || deployment.Serves(regionCode);

    private async Task DemandAsync(bool allowed, string what, CancellationToken cancellationToken)
    {
        if (allowed) return;
        await log.RecordAsync(SecurityEventKind.AccessDenied, null, actor.UserId, actor.RegionCode, $"forbidden: {what}", cancellationToken);
        throw PlatformProblem.Forbidden(IdentityProblems.Forbidden, $"当前用户无权访问{what}。");
    }
}

using Platform.Identity.Contracts;
using Platform.Identity.Security;
using Platform.Kernel.Errors;

namespace Platform.Identity.Access;

internal sealed class AccessPolicy(ICurrentActor actor, SecurityLog log) : IAccessPolicy
{
    private static readonly Role[] CaseWorkers =
        [Role.WindowClerk, Role.DepartmentReviewer, Role.DepartmentLeader, Role.ParkCommitteeStaff];

    public bool CanSeeRegion(string regionCode) =>
        actor.IsInRole(Role.PlatformAdmin)
        || (actor.RegionCode == regionCode && actor.Roles.Any(ActorClaims.IsStaff));

    public bool CanAdministerRegion(string regionCode) =>
        actor.IsInRole(Role.PlatformAdmin)
        || (actor.IsInRole(Role.RegionAdmin) && actor.RegionCode == regionCode);

    public bool CanActOnCase(string regionCode, Guid unitId) =>
        actor.RegionCode == regionCode && actor.UnitId == unitId && CaseWorkers.Any(actor.IsInRole);

    public bool CanSeeApplicantCase(Guid applicantId, string? enterpriseId) =>
        actor.IsInRole(Role.Applicant)
        && (actor.UserId == applicantId || (enterpriseId is not null && actor.EnterpriseId == enterpriseId));

    public Task DemandRegionAsync(string regionCode, CancellationToken cancellationToken) =>
        DemandAsync(CanSeeRegion(regionCode), $"地区 {regionCode}", cancellationToken);

    public Task DemandAdministerRegionAsync(string regionCode, CancellationToken cancellationToken) =>
        DemandAsync(CanAdministerRegion(regionCode), $"管理地区 {regionCode}", cancellationToken);

    public async Task DemandVisibleAsync(bool allowed, string notFoundCode, string what, CancellationToken cancellationToken)
    {
        if (allowed) return;
        await log.RecordAsync(SecurityEventKind.AccessDenied, null, actor.UserId, actor.RegionCode, $"not visible: {what}", cancellationToken);
        throw PlatformProblem.NotFound(notFoundCode, $"{what}不存在。");
    }

    private async Task DemandAsync(bool allowed, string what, CancellationToken cancellationToken)
    {
        if (allowed) return;
        await log.RecordAsync(SecurityEventKind.AccessDenied, null, actor.UserId, actor.RegionCode, $"forbidden: {what}", cancellationToken);
        throw PlatformProblem.Forbidden(IdentityProblems.Forbidden, $"当前用户无权访问{what}。");
    }
}

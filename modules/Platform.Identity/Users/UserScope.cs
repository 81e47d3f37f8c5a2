using Platform.Identity.Contracts;
using Platform.Identity.Security;
using Platform.Kernel.Errors;

namespace Platform.Identity.Users;

/// <summary>
/// Who may administer which account. A platform admin administers every staff account; a region admin only staff of
/// its own region whose roles are all below its own, and grants only those roles. Nobody administers an applicant
/// here: applicants belong to the identity provider. A refusal is recorded and answers 403.
/// </summary>
internal sealed class UserScope(ICurrentActor actor, SecurityLog log)
{
    private static readonly Role[] BelowRegionAdmin =
        [Role.WindowClerk, Role.DepartmentReviewer, Role.DepartmentLeader, Role.ParkCommitteeStaff, Role.Supervisor];

    private static readonly Role[] StaffRoles = Enum.GetValues<Role>().Where(r => r != Role.Applicant).ToArray();

    /// <summary>The roles the caller may hand out (and the roles an account may hold for the caller to administer it).</summary>
    public IReadOnlyList<Role> Grantable =>
        actor.IsInRole(Role.PlatformAdmin) ? StaffRoles : actor.IsInRole(Role.RegionAdmin) ? BelowRegionAdmin : [];

    public bool MayAdminister(string? regionCode, IEnumerable<string> roles)
    {
        var grantable = Grantable;
        var held = roles.ToList();
        if (held.Count == 0 || !held.All(r => Enum.TryParse<Role>(r, out var role) && grantable.Contains(role))) return false;
        return actor.IsInRole(Role.PlatformAdmin) || (regionCode is not null && regionCode == actor.RegionCode);
    }

    public async Task DemandAdministerAsync(string? regionCode, IEnumerable<string> roles, string what, CancellationToken cancellationToken)
    {
        if (!MayAdminister(regionCode, roles)) await RefuseAsync(what, cancellationToken);
    }

    public async Task DemandGrantAsync(IEnumerable<Role> roles, CancellationToken cancellationToken)
    {
        var refused = roles.Where(r => !Grantable.Contains(r)).ToList();
        if (refused.Count > 0) await RefuseAsync($"授予角色 {string.Join("、", refused)}", cancellationToken);
    }

    public async Task DemandRegionAsync(string regionCode, CancellationToken cancellationToken)
    {
        if (!actor.IsInRole(Role.PlatformAdmin) && regionCode != actor.RegionCode) await RefuseAsync($"管理地区 {regionCode} 的用户", cancellationToken);
    }

    private async Task RefuseAsync(string what, CancellationToken cancellationToken)
    {
        await log.RecordAsync(SecurityEventKind.AccessDenied, null, actor.UserId, actor.RegionCode, $"forbidden: {what}", cancellationToken);
        throw PlatformProblem.Forbidden(IdentityProblems.Forbidden, $"当前用户无权{what}。");
    }
}

using Platform.Identity.Contracts;
using Platform.Kernel.Errors;

namespace Platform.Plugins.Heshan.Shared;

/// <summary>
/// Who may use the 鹤山 programme's pages and API: staff of 鹤山 (440784) in the roles that do its work (departments'
/// reviewers and leaders, supervisors, admins; not the window, whose work is intake and delivery); a unit's staff answer
/// for their own unit; leaders sign off. Applicants only reach their own enterprise in the calculator.
/// </summary>
internal sealed class HeshanAccess(ICurrentActor actor, IAccessPolicy policy, IOrganisationDirectory directory)
{
    /// <summary>The roles whose work the programme's pages are: 一文直办, 项目准入, 重点项目, and the calculator on an enterprise's behalf.</summary>
    private static readonly Role[] ProgrammeRoles =
        [Role.DepartmentReviewer, Role.DepartmentLeader, Role.Supervisor, Role.RegionAdmin, Role.PlatformAdmin];

    public ICurrentActor Actor => actor;

    public bool IsHeshanStaff => policy.CanSeeRegion(HeshanModule.RegionCode) && UsesProgramme(actor);

    /// <summary>Whether the person's roles are among those that use the programme's staff pages (the menu offers them to these only).</summary>
    public static bool UsesProgramme(ICurrentActor actor) => !actor.IsInRole(Role.Applicant) && ProgrammeRoles.Any(actor.IsInRole);

    public bool IsLeader => actor.IsInRole(Role.DepartmentLeader);

    public async Task DemandStaffAsync(CancellationToken cancellationToken)
    {
        await policy.DemandRegionAsync(HeshanModule.RegionCode, cancellationToken);
        if (!UsesProgramme(actor))
            throw PlatformProblem.Forbidden("identity.forbidden", "鹤山集成审批的一文直办、项目准入和重点项目由各部门审查员、负责人、监察和管理人员使用。");
    }

    /// <summary>The staff actor for a step, with the code of the unit they sit in.</summary>
    public async Task<HeshanActor> StaffAsync(CancellationToken cancellationToken)
    {
        await DemandStaffAsync(cancellationToken);
        return new HeshanActor(actor.UserId?.ToString() ?? "platform", actor.DisplayName, await UnitCodeAsync(cancellationToken));
    }

    public async Task<string?> UnitCodeAsync(CancellationToken cancellationToken)
    {
        if (actor.UnitId is not { } unitId || actor.RegionCode != HeshanModule.RegionCode) return null;
        return await directory.UnitCodeAsync(HeshanModule.RegionCode, unitId, cancellationToken);
    }

    public static void DemandUnit(HeshanActor by, string unitCode, string what)
    {
        if (by.UnitCode != unitCode)
            throw PlatformProblem.Forbidden("identity.forbidden", $"只有{unitCode}单位的工作人员可以{what}。");
    }
}

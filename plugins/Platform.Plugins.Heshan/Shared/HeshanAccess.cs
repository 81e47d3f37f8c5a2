using Platform.Identity.Contracts;
using Platform.Kernel.Errors;

namespace Platform.Plugins.Heshan.Shared;

/// <summary>
/// Who may use the 鹤山 programme's pages and API: staff of 鹤山 (440784) only; a unit's staff answer
/// for their own unit; leaders sign off. Applicants only reach their own enterprise in the calculator.
/// </summary>
internal sealed class HeshanAccess(ICurrentActor actor, IAccessPolicy policy, IOrganisationDirectory directory)
{
    public ICurrentActor Actor => actor;

    public bool IsHeshanStaff => policy.CanSeeRegion(HeshanModule.RegionCode) && !actor.IsInRole(Role.Applicant);

    public bool IsLeader => actor.IsInRole(Role.DepartmentLeader);

    public async Task DemandStaffAsync(CancellationToken cancellationToken) =>
        await policy.DemandRegionAsync(HeshanModule.RegionCode, cancellationToken);

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

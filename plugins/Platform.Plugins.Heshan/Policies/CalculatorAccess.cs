using Platform.Identity.Contracts;
using Platform.Plugins.Heshan.Shared;

namespace Platform.Plugins.Heshan.Policies;

/// <summary>
/// The calculator's scope: an enterprise applicant sees and enters only its own credit code; 鹤山 staff work
/// in the programme's roles work for any enterprise (on its behalf) and list qualifying enterprises. Anyone else gets 404.
/// </summary>
internal sealed class CalculatorAccess(ICurrentActor actor, IAccessPolicy policy)
{
    public bool IsStaff => HeshanAccess.UsesProgramme(actor) && policy.CanSeeRegion(HeshanModule.RegionCode);

    public string? OwnEnterprise => actor.IsInRole(Role.Applicant) ? actor.EnterpriseId : null;

    public string ActorId => actor.UserId?.ToString() ?? "anonymous";

    public Task DemandEnterpriseAsync(string enterpriseId, CancellationToken ct) =>
        policy.DemandVisibleAsync(IsStaff || (OwnEnterprise is not null && OwnEnterprise == enterpriseId), "heshan.enterprise.not_found", "企业", ct);
}

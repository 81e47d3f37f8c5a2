using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Platform.Identity.Contracts;

namespace Platform.Identity.Access;

/// <summary>Reads the actor from the current request's principal; outside a request the actor is anonymous.</summary>
internal sealed class CurrentActor(IHttpContextAccessor http) : ICurrentActor
{
    private ClaimsPrincipal? Principal => http.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true && UserId is not null;

    public Guid? UserId => Guid.TryParse(Claim(ActorClaims.Subject), out var id) ? id : null;

    public string DisplayName => Claim(ActorClaims.Name) ?? "";

    public string? RegionCode => Claim(ActorClaims.Region);

    public Guid? UnitId => Guid.TryParse(Claim(ActorClaims.Unit), out var id) ? id : null;

    public IReadOnlySet<Role> Roles =>
        (Principal?.FindAll(ActorClaims.Role) ?? [])
        .Select(c => Enum.TryParse<Role>(c.Value, out var role) ? role : (Role?)null)
        .OfType<Role>()
        .ToHashSet();

    public string? EnterpriseId => Claim(ActorClaims.Enterprise);

    public bool IsInRole(Role role) => Principal?.HasClaim(ActorClaims.Role, role.ToString()) == true;

    private string? Claim(string type) => Principal?.FindFirst(type)?.Value;
}

using System.Security.Claims;
using Platform.Identity.Contracts;
using Platform.Identity.Users;

namespace Platform.Identity.Access;

/// <summary>The claims a token or cookie carries, and the one way a principal is built from a user.</summary>
internal static class ActorClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Region = "region";
    public const string Unit = "unit";
    public const string Role = "role";
    public const string Enterprise = "enterprise";

    public static ClaimsIdentity IdentityFor(UserRow user, string authenticationType)
    {
        var identity = new ClaimsIdentity(authenticationType, Name, Role);
        identity.AddClaim(new Claim(Subject, user.Id.ToString()));
        identity.AddClaim(new Claim(Name, user.DisplayName));
        if (user.RegionCode is not null) identity.AddClaim(new Claim(Region, user.RegionCode));
        if (user.UnitId is { } unit) identity.AddClaim(new Claim(Unit, unit.ToString()));
        if (user.EnterpriseId is not null) identity.AddClaim(new Claim(Enterprise, user.EnterpriseId));
        foreach (var role in user.Roles) identity.AddClaim(new Claim(Role, role));
        return identity;
    }

    public static bool IsStaff(Contracts.Role role) => role is not Contracts.Role.Applicant;
}

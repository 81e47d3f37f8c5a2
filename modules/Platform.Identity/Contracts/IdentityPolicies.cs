namespace Platform.Identity.Contracts;

/// <summary>
/// Names of the authorization policies the identity module registers, for
/// <c>RequireAuthorization(IdentityPolicies.Staff)</c>. An endpoint that names no policy is public, so
/// every endpoint that shows or changes region data must name one; a refusal is 403 problem+json with
/// code <c>identity.forbidden</c>, an anonymous call to such an endpoint 401 <c>identity.unauthenticated</c>.
/// </summary>
public static class IdentityPolicies
{
    /// <summary>Any staff role (everything but applicant).</summary>
    public const string Staff = "staff";

    /// <summary>Supervisor, or platform admin.</summary>
    public const string Supervisor = "supervisor";

    public const string Applicant = "applicant";

    /// <summary>Region admin, or platform admin.</summary>
    public const string RegionAdmin = "region-admin";

    public const string PlatformAdmin = "platform-admin";
}

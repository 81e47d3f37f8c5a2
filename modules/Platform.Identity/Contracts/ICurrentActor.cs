namespace Platform.Identity.Contracts;

/// <summary>
/// Who is making the current request, as the identity module established it (bearer token or cookie).
/// Anonymous requests have no user id, no region and no roles.
/// </summary>
public interface ICurrentActor
{
    bool IsAuthenticated { get; }

    Guid? UserId { get; }

    string DisplayName { get; }

    /// <summary>The region the user belongs to (an administrative division code such as 440784).</summary>
    string? RegionCode { get; }

    /// <summary>The organisation unit a staff user belongs to.</summary>
    Guid? UnitId { get; }

    IReadOnlySet<Role> Roles { get; }

    /// <summary>The unified social credit code of an enterprise applicant.</summary>
    string? EnterpriseId { get; }

    bool IsInRole(Role role);
}

using Platform.Identity.Contracts;

namespace Platform.Identity.Users;

/// <summary>A row of <c>identity.users</c>.</summary>
internal sealed class UserRow
{
    public Guid Id { get; init; }
    public string? RegionCode { get; init; }
    public Guid? UnitId { get; init; }
    public string Account { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public string[] Roles { get; init; } = [];
    public string? PasswordHash { get; init; }
    public string? ApplicantKind { get; init; }
    public string? EnterpriseId { get; init; }
    public string? Provider { get; init; }
    public string? ProviderSubject { get; init; }
    public int FailedAttempts { get; init; }
    public DateTime? LockedUntil { get; init; }
    public bool Disabled { get; init; }
    public int Version { get; init; }

    public IReadOnlyList<Role> RoleSet => Roles.Select(Enum.Parse<Role>).ToList();

    public bool IsLockedAt(DateTimeOffset now) => LockedUntil is { } until && new DateTimeOffset(until, TimeSpan.Zero) > now;
}

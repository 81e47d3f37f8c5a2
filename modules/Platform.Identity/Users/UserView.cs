namespace Platform.Identity.Users;

/// <summary>A user as the admin API shows it: never the password hash.</summary>
internal sealed class UserView
{
    public Guid Id { get; init; }
    public string? RegionCode { get; init; }
    public Guid? UnitId { get; init; }
    public string? UnitName { get; init; }
    public string Account { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public string[] Roles { get; init; } = [];
    public bool Disabled { get; init; }
    public DateTime? LockedUntil { get; init; }
}

namespace Platform.Identity.Users;

/// <summary>A user as the admin API shows it: never the password hash.</summary>
internal sealed record UserView(Guid Id, string? RegionCode, Guid? UnitId, string? UnitName, string Account, string DisplayName,
    string[] Roles, bool Disabled, DateTime? LockedUntil);

internal sealed record UserInput(string? Account, string? DisplayName, string? Password, Guid? UnitId, string[]? Roles, bool? Disabled);

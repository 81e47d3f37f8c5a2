namespace Platform.Identity.Users;

/// <summary>What the admin API accepts to create or edit a user; a null password on edit keeps the current one.</summary>
internal sealed record UserInput(string? Account, string? DisplayName, string? Password, Guid? UnitId, string[]? Roles, bool? Disabled);

namespace Platform.Identity.Components.Admin;

/// <summary>What the user forms post. One role per form; the API accepts several.</summary>
internal sealed class UserForm
{
    public string? Account { get; set; }
    public string? DisplayName { get; set; }
    public string? Password { get; set; }
    public Guid? UnitId { get; set; }
    public string? Role { get; set; } = nameof(Contracts.Role.WindowClerk);
    public bool Disabled { get; set; }
}

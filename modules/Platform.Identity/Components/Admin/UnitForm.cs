namespace Platform.Identity.Components.Admin;

/// <summary>What the unit forms post.</summary>
internal sealed class UnitForm
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Kind { get; set; } = "Bureau";
    public Guid? ParentId { get; set; }
}

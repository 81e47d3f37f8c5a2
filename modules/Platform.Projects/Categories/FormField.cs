namespace Platform.Projects.Categories;

/// <summary>A field of a stage's one form (一张表单).</summary>
internal sealed class FormField
{
    public string Key { get; set; } = "";
    public string Label { get; set; } = "";
    public bool Required { get; set; } = true;
}

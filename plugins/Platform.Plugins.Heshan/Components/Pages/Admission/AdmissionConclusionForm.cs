namespace Platform.Plugins.Heshan.Components.Pages.Admission;

/// <summary>What the bureau posts to conclude an admission request.</summary>
internal sealed class AdmissionConclusionForm
{
    public int Version { get; set; }
    public string? Conclusion { get; set; }
}

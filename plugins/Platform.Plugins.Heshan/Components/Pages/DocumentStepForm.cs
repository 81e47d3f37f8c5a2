namespace Platform.Plugins.Heshan.Components.Pages;

/// <summary>What the document page posts for a step.</summary>
internal sealed class DocumentStepForm
{
    public int Version { get; set; }
    public bool Agrees { get; set; }
    public string? Text { get; set; }
}

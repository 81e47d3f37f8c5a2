namespace Platform.Plugins.Heshan.Components.Pages.Admission;

/// <summary>What a department posts on the admission form: its opinion and a 0–100 score per criterion it owns.</summary>
internal sealed class AdmissionEntryForm
{
    public int Version { get; set; }
    public bool Agrees { get; set; }
    public string? Opinion { get; set; }
    public Dictionary<string, decimal> Scores { get; set; } = [];
}

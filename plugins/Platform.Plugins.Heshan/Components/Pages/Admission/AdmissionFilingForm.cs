namespace Platform.Plugins.Heshan.Components.Pages.Admission;

/// <summary>What the admission list page posts to file a request; materials one name a line.</summary>
internal sealed class AdmissionFilingForm
{
    public string? Key { get; set; }
    public string? ProjectName { get; set; }
    public string? Investor { get; set; }
    public decimal Investment { get; set; }
    public decimal LandArea { get; set; }
    public string? Industry { get; set; }
    public string? Materials { get; set; }
}

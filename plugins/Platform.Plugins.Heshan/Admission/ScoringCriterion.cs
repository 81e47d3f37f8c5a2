namespace Platform.Plugins.Heshan.Admission;

/// <summary>One scoring criterion: its code, name, the department that scores it, and its weight (percent).</summary>
internal sealed class ScoringCriterion
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Unit { get; set; } = "";
    public decimal Weight { get; set; }
}

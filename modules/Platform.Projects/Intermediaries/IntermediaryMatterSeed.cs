namespace Platform.Projects.Intermediaries;

/// <summary>An intermediary-service matter as a plugin's <c>projects.yaml</c> spells it (<c>intermediaryMatters</c>).</summary>
internal sealed class IntermediaryMatterSeed
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Material { get; set; } = "";
    public int TimeLimitDays { get; set; }
    public List<string> Firms { get; set; } = [];
}

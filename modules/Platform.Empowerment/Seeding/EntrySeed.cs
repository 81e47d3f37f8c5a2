namespace Platform.Empowerment.Seeding;

internal sealed class EntrySeed
{
    public string Matter { get; set; } = "";
    public string Name { get; set; } = "";
    public string Category { get; set; } = "";
    public List<string> Keywords { get; set; } = [];
    public string From { get; set; } = "";
    public string Mode { get; set; } = "Direct";
    public int Batch { get; set; }
    public string PlannedDate { get; set; } = "";
    public bool CountersignRequired { get; set; }
}

namespace Platform.Plugins.Heshan.KeyProjects;

/// <summary>A fixed flow for key projects (Seed/key-project-flows.yaml): stages in order, each with its unit and time limit.</summary>
internal sealed class KeyProjectFlow
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public List<KeyProjectStage> Stages { get; set; } = [];
}

internal sealed class KeyProjectStage
{
    public string Name { get; set; } = "";
    public string Unit { get; set; } = "";
    public int WorkingDays { get; set; }
}

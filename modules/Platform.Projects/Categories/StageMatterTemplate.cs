namespace Platform.Projects.Categories;

/// <summary>A matter run in parallel in a stage; a milestone matter is one the stage waits for under the milestone rule.</summary>
internal sealed class StageMatterTemplate
{
    public string Code { get; set; } = "";
    public bool Milestone { get; set; }
}

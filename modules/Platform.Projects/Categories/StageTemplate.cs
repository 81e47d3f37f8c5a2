namespace Platform.Projects.Categories;

/// <summary>
/// One of a category's four stages: its lead unit, the window that takes it in, its parallel matters,
/// its one form, its committed time limit, whether all members or only the milestone matters complete it, and its joint reviews.
/// </summary>
internal sealed class StageTemplate
{
    public int Ordinal { get; set; }
    public string Name { get; set; } = "";
    public string Lead { get; set; } = "";
    public string Window { get; set; } = "";
    public int CommittedDays { get; set; }
    public string Completion { get; set; } = CompletionRule.All;
    public List<FormField> Form { get; set; } = [];
    public List<StageMatterTemplate> Matters { get; set; } = [];

    /// <summary>Joint reviews opened when the stage is accepted; the stage completes only once each has concluded without a failing opinion.</summary>
    public List<JointReviewTemplate> JointReviews { get; set; } = [];
}

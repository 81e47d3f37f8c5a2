namespace Platform.Projects.Categories;

/// <summary>When a stage is complete: when every member matter is done, or when its milestone matters are.</summary>
internal static class CompletionRule
{
    public const string All = "all";
    public const string Milestones = "milestones";

    public static bool IsKnown(string rule) => rule is All or Milestones;
}

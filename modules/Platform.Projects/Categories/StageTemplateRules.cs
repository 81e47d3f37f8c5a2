namespace Platform.Projects.Categories;

/// <summary>What a category's stage templates must be: the four stages in order, each with matters, a window and a limit.</summary>
internal static class StageTemplateRules
{
    public static void Check(string categoryName, IReadOnlyList<StageTemplate> stages)
    {
        if (stages.Count != 4 || stages.Select(s => s.Ordinal).SequenceEqual([1, 2, 3, 4]) is false)
            throw new InvalidOperationException($"Category {categoryName} must have the four stages numbered 1 to 4.");
        foreach (var stage in stages)
        {
            if (stage.Matters.Count == 0 || stage.CommittedDays <= 0 || stage.Window.Length == 0 || stage.Lead.Length == 0)
                throw new InvalidOperationException($"Stage {stage.Name} of {categoryName} needs matters, a window, a lead unit and a committed limit.");
            if (!CompletionRule.IsKnown(stage.Completion))
                throw new InvalidOperationException($"Stage {stage.Name} of {categoryName} has an unknown completion rule {stage.Completion}.");
            if (stage.Completion == CompletionRule.Milestones && !stage.Matters.Any(m => m.Milestone))
                throw new InvalidOperationException($"Stage {stage.Name} of {categoryName} completes on milestones but names none.");
            if (stage.JointReviews.Any(r => r.Kind.Length == 0 || r.Units.Count < 2 || r.CommittedDays <= 0)
                || stage.JointReviews.Select(r => r.Kind).Distinct().Count() != stage.JointReviews.Count)
                throw new InvalidOperationException($"Stage {stage.Name} of {categoryName} has a joint review without a distinct kind, two units or a limit.");
        }
    }
}

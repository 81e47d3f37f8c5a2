using Platform.Projects.Categories;

namespace Platform.Projects.Intake;

/// <summary>What the stage intake page draws: the stage's one form, its parallel matters and one upload per distinct material.</summary>
internal sealed record IntakeForm(string StageName, int CommittedDays, IReadOnlyList<FormField> Fields, IReadOnlyList<string> MatterNames,
    IReadOnlyList<string> MaterialNames);

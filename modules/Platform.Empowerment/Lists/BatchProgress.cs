namespace Platform.Empowerment.Lists;

/// <summary>A batch: its target date, how many of its matters have taken effect, and whether it is late.</summary>
internal sealed record BatchProgress(int Number, string Name, string Kind, DateOnly TargetDate, int Entries, int Effective, bool Complete, bool Late);

namespace Platform.Projects.Contracts;

/// <summary>A parallel matter of a stage and its member case.</summary>
public sealed record StageMemberView(string MatterCode, string MatterName, bool Milestone, Guid? CaseId, string? CaseNumber, string? CaseState,
    string CaseStateName, DateOnly? DueDate, string Warning);

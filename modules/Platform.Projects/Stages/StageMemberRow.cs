namespace Platform.Projects.Stages;

internal sealed record StageMemberRow(Guid ProjectId, int Ordinal, string MatterCode, string MatterName, bool Milestone, Guid? CaseId,
    string? CaseNumber, string? CaseState, string? DueDate, int Attempt);

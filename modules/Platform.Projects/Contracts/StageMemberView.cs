namespace Platform.Projects.Contracts;

/// <summary>
/// A parallel matter of a stage and its member case. <see cref="Failed"/>: the case was refused (or not accepted,
/// withdrawn, revoked) and the stage waits for the applicant to file this member again (<see cref="Attempt"/> counts filings).
/// </summary>
public sealed record StageMemberView(string MatterCode, string MatterName, bool Milestone, Guid? CaseId, string? CaseNumber, string? CaseState,
    string CaseStateName, DateOnly? DueDate, string Warning, bool Failed, int Attempt);

namespace Platform.Projects.Contracts;

/// <summary>
/// A committed-with-the-caller change of a project: the project's reportable facts, and for stage and member changes the
/// stage (ordinal, name) and the member case (matter, case id and number).
/// </summary>
public sealed record ProjectChanged(
    ProjectChangeKind Kind,
    Guid ProjectId,
    string RegionCode,
    string ProjectCode,
    string ProjectName,
    string CategoryCode,
    string ProjectClass,
    string Location,
    string EnterpriseCode,
    string EnterpriseName,
    DateTimeOffset OccurredAt,
    int? StageOrdinal = null,
    string? StageName = null,
    string? MatterCode = null,
    string? MatterName = null,
    Guid? CaseId = null,
    string? CaseNumber = null);

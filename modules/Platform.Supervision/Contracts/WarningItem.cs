namespace Platform.Supervision.Contracts;

/// <summary>A raised warning as the dashboard lists it: level (<c>yellow</c>, <c>red</c>, <c>overdue</c>), subject, case and unit.</summary>
public sealed record WarningItem(Guid Id, string Level, string SubjectType, string SubjectId, Guid? CaseId, string? CaseNumber,
    string? UnitCode, DateOnly DueDate, int RemainingWorkingDays, DateTimeOffset RaisedAt);

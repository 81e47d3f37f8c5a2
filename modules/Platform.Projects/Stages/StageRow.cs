namespace Platform.Projects.Stages;

internal sealed record StageRow(Guid ProjectId, int Ordinal, string Name, string LeadUnitCode, string WindowUnitCode, int CommittedDays,
    string CompletionRule, string State, string Form, DateTime FiledAt, DateTime? AcceptedAt, DateTime? CompletedAt, Guid? DeadlineId);

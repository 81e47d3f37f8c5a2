namespace Platform.Plugins.Heshan.Contracts;

/// <summary>A key project on its fixed flow (企业全生命周期一表直跟). <see cref="State"/> is Running or Completed.</summary>
public sealed record KeyProjectView(Guid Id, string Name, string EnterpriseId, string EnterpriseName, string FlowCode, string FlowName,
    DateTimeOffset FiledAt, string State, int Version, IReadOnlyList<KeyProjectStageView> Stages);

/// <summary>One stage: its unit, time limit, and once reached, its registry deadline; done when completed.</summary>
public sealed record KeyProjectStageView(int Ordinal, string Name, string UnitCode, string UnitName, int LimitWorkingDays, DateTimeOffset? OpenedAt,
    DateTimeOffset? CompletedAt, string? Note, DeadlineView? Deadline);

/// <summary>A to-do entry for a unit: the open stage of a key project and its due date.</summary>
public sealed record KeyProjectTodo(Guid ProjectId, string ProjectName, string StageName, string UnitCode, DateOnly Due);

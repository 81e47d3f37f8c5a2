namespace Platform.Supervision.Contracts;

/// <summary>A supervision order (督办单): on which case, why, by whom, due when, and the unit's answer. State <c>open</c> or <c>answered</c>.</summary>
public sealed record SupervisionOrderView(Guid Id, string RegionCode, Guid CaseId, string CaseNumber, string UnitCode, string Reason,
    string OpenedByName, DateTimeOffset OpenedAt, DateOnly DueDate, string State, string? Answer, DateTimeOffset? AnsweredAt, int Version);

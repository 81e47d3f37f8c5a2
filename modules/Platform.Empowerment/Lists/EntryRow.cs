namespace Platform.Empowerment.Lists;

/// <summary>One line of the empowerment list as stored.</summary>
internal sealed record EntryRow(Guid Id, string RegionCode, string MatterCode, string MatterName, string Category, string FromUnitCode,
    string ToUnitCode, EmpowermentMode Mode, int BatchNumber, DateOnly PlannedDate, bool CountersignRequired, EntryState State,
    Guid? AgreementId, DateTimeOffset? EffectiveAt, DateTimeOffset? RevokedAt, string? RevokeReason);

namespace Platform.Empowerment.Api;

/// <summary>A matter to add to the empowerment list. Mode: Direct, Entrusted or Bundle.</summary>
internal sealed record AddEntryRequest(string? MatterCode, string? MatterName, string? Category, IReadOnlyList<string>? Keywords,
    string? FromUnitCode, string? Mode, int Batch, DateOnly? PlannedDate, bool CountersignRequired);

internal sealed record RevokeEntryRequest(string? Reason);

/// <summary>Starts a department's agreement; the handover deadlines default to the programme's (临湘: 5 and 3 calendar days).</summary>
internal sealed record StartAgreementRequest(string? DepartmentCode, int Batch, int? RecordsDays = null, int? AccessDays = null, string? DayUnit = null);

/// <summary>The effective step may name a later instant (for example the first minute of the batch date); default now.</summary>
internal sealed record HandoverStepRequest(DateTimeOffset? EffectiveAt);

/// <summary>An enterprise asking to enter the park: its industry code (GB/T 4754) and business scope.</summary>
internal sealed record EntryCheckRequest(string? EnterpriseName, string? IndustryCode, string? BusinessScope);

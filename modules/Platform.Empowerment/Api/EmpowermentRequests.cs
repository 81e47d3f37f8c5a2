namespace Platform.Empowerment.Api;

/// <summary>A matter to add to the empowerment list. Mode: Direct, Entrusted or Bundle.</summary>
internal sealed record AddEntryRequest(string? MatterCode, string? MatterName, string? Category, IReadOnlyList<string>? Keywords,
    string? FromUnitCode, string? Mode, int Batch, DateOnly? PlannedDate, bool CountersignRequired);

internal sealed record RevokeEntryRequest(string? Reason);

internal sealed record StartAgreementRequest(string? DepartmentCode, int Batch);

/// <summary>The effective step may name a later instant (for example the first minute of the batch date); default now.</summary>
internal sealed record HandoverStepRequest(DateTimeOffset? EffectiveAt);

/// <summary>An enterprise asking to enter the park: its industry code (GB/T 4754) and business scope.</summary>
internal sealed record EntryCheckRequest(string? EnterpriseName, string? IndustryCode, string? BusinessScope);

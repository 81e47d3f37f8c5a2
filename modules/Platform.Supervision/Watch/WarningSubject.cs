namespace Platform.Supervision.Watch;

/// <summary>What a deadline belongs to, as a warning names it: the case behind it and the unit that answers for it.</summary>
internal sealed record WarningSubject(string Label, Guid? CaseId, string? CaseNumber, string? UnitCode, string? Link);

namespace Platform.Cases.Tracking;

/// <summary>A line in a queue or an applicant's list, with the deadline colour computed now.</summary>
internal sealed record CaseSummary(Guid Id, string Number, string MatterName, string ApplicantName, string State, string StateName,
    DateTimeOffset SubmittedAt, DateOnly? DueDate, bool DueProvisional, string Warning, string HandlingUnitCode);

internal sealed record CasePage(IReadOnlyList<CaseSummary> Items, int Page, int PageSize, long Total);

namespace Platform.Cases.Contracts;

/// <summary>A line in a queue or an applicant's list, with the deadline colour computed now.</summary>
public sealed record CaseSummary(Guid Id, string Number, string MatterName, string ApplicantName, string State, string StateName,
    DateTimeOffset SubmittedAt, DateOnly? DueDate, bool DueProvisional, string Warning, string HandlingUnitCode);

public sealed record CaseListPage(IReadOnlyList<CaseSummary> Items, int Page, int PageSize, long Total);

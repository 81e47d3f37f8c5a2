namespace Platform.Empowerment.Handover;

/// <summary>What an agreement names: the parties, the batch, the matters, and the dates signing sets.</summary>
internal sealed record AgreementTerms(string DepartmentName, string ParkName, string BatchName, IReadOnlyList<string> Matters, DateOnly SignedOn,
    DateOnly RecordsDue, DateOnly AccessDue, string ApprovalSeal);

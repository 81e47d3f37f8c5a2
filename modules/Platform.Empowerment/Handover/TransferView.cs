namespace Platform.Empowerment.Handover;

/// <summary>What the history transfer counted before, moved, and found after.</summary>
internal sealed record TransferView(DateTimeOffset TransferredAt, int CasesBefore, int LicencesBefore, string ChecksumBefore, int CasesMoved,
    int LicencesMoved, string ChecksumMoved, string ChecksumAfter);

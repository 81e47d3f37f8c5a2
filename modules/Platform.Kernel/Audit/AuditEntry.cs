namespace Platform.Kernel.Audit;

/// <summary>What happened, to what, by whom, in which region. <see cref="Data"/> is serialised as JSON.</summary>
public sealed record AuditEntry(string RegionCode, string Actor, string Action, string SubjectType, string SubjectId, object? Data = null);

/// <summary>The place an entry took in its region's chain.</summary>
public sealed record AuditReceipt(string RegionCode, long Sequence, DateTimeOffset OccurredAt);

/// <summary>The result of walking a region's chain: intact, or the first record that does not match.</summary>
public sealed record AuditVerification(string RegionCode, long RecordsChecked, long? FirstBrokenSequence, string? Reason)
{
    public bool Intact => FirstBrokenSequence is null;
}

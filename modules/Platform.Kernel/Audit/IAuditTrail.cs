using Npgsql;

namespace Platform.Kernel.Audit;

/// <summary>The audit-record seam. Appends join the caller's transaction, so a change and its record commit together.</summary>
public interface IAuditTrail
{
    Task<AuditReceipt> AppendAsync(NpgsqlTransaction transaction, AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>
    /// The same append as a command for the caller to send with its other writes in one batch (it fails the batch when the
    /// record cannot be chained).
    /// </summary>
    Task<AuditAppend> PrepareAsync(NpgsqlTransaction transaction, AuditEntry entry, CancellationToken cancellationToken);

    Task<AuditVerification> VerifyAsync(string regionCode, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> RegionsAsync(CancellationToken cancellationToken);
}

using Npgsql;

namespace Platform.Kernel.Audit;

/// <summary>The audit-record seam. Appends join the caller's transaction, so a change and its record commit together.</summary>
public interface IAuditTrail
{
    Task<AuditReceipt> AppendAsync(NpgsqlTransaction transaction, AuditEntry entry, CancellationToken cancellationToken);

    Task<AuditVerification> VerifyAsync(string regionCode, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> RegionsAsync(CancellationToken cancellationToken);
}

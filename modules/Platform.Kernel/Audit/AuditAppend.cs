using Npgsql;

namespace Platform.Kernel.Audit;

/// <summary>
/// An audit record ready to go to the database with the caller's other writes in one batch. The statement returns no rows,
/// and it fails (failing the batch) when the region's chain head is missing, so the batch commits with its record or not at all.
/// </summary>
public sealed class AuditAppend(NpgsqlBatchCommand command, DateTimeOffset occurredAt)
{
    public NpgsqlBatchCommand Command { get; } = command;

    public DateTimeOffset OccurredAt { get; } = occurredAt;
}

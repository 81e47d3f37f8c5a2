using Npgsql;

namespace Platform.Kernel.Audit;

/// <summary>
/// An audit record ready to go to the database with the caller's other writes in one batch (the statement returns no
/// rows). After the batch ran, <see cref="EnsureWritten"/> refuses to go on when the record was not written.
/// </summary>
public sealed class AuditAppend(NpgsqlBatchCommand command, string regionCode, DateTimeOffset occurredAt)
{
    public NpgsqlBatchCommand Command { get; } = command;

    public DateTimeOffset OccurredAt { get; } = occurredAt;

    public void EnsureWritten()
    {
        if (Command.RecordsAffected != 1)
            throw new InvalidOperationException($"The audit record of region {regionCode} was not appended: its chain head is missing.");
    }
}

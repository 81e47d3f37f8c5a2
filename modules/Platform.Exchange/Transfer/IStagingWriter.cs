namespace Platform.Exchange.Transfer;

/// <summary>Copies outbox rows into the staging database; idempotent per row (地方数据主键), so a copy repeated after a crash changes nothing.</summary>
internal interface IStagingWriter
{
    Task WriteAsync(IReadOnlyList<OutboxRow> rows, DateTimeOffset at, CancellationToken cancellationToken);
}

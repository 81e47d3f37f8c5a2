namespace Platform.Exchange.Transfer;

/// <summary>An outbox row due for the staging database.</summary>
internal sealed record OutboxRow(long Seq, string BusinessKey, string StagingTable, string Payload);

namespace Platform.Exchange.Reconciliation;

/// <summary>An outbox row not yet accepted by the province, with what the staging table says about it (null: not there).</summary>
internal sealed record ExchangeRowView(long Seq, string BusinessKey, string ProjectCode, string StagingTable, string State, int Attempts,
    DateTime RecordedAt, DateTime? SentAt, string? LastError, int? StagingState);

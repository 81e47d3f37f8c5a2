namespace Platform.Exchange.Reconciliation;

/// <summary>A disagreement between the outbox and the staging tables, with what is wrong in Chinese.</summary>
internal sealed record ExchangeMismatch(string BusinessKey, string StagingTable, string Problem);

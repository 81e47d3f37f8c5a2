namespace Platform.Exchange.Outbox;

/// <summary>A change to report: its key in the staging table (地方数据主键), the table, and the row's columns.</summary>
internal sealed record OutboxEntry(string BusinessKey, string RegionCode, string ProjectCode, string StagingTable, object Columns,
    DateTimeOffset RecordedAt);

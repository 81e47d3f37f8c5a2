using System.Text.Json;
using Dapper;
using Npgsql;

namespace Platform.Exchange.Outbox;

/// <summary>
/// Appends to the outbox inside the caller's transaction. A business key already there is left alone, so a change
/// observed twice is still reported once.
/// </summary>
internal static class OutboxWriter
{
    public static Task AppendAsync(NpgsqlTransaction tx, OutboxEntry entry, CancellationToken cancellationToken) =>
        tx.Connection!.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO exchange.outbox (business_key, region_code, project_code, staging_table, payload, recorded_at, next_attempt_at)
            VALUES (@BusinessKey, @RegionCode, @ProjectCode, @StagingTable, @payload::jsonb, @at, @at)
            ON CONFLICT (business_key) DO NOTHING
            """,
            new
            {
                entry.BusinessKey, entry.RegionCode, entry.ProjectCode, entry.StagingTable, payload = JsonSerializer.Serialize(entry.Columns),
                at = entry.RecordedAt.ToUniversalTime(),
            }, tx, cancellationToken: cancellationToken));
}

using Dapper;
using Npgsql;
using Platform.Exchange.Outbox;

namespace Platform.Exchange.Transfer;

/// <summary>
/// Writes to the staging schema on its own connection and transaction, as to another system: the outbox is marked only
/// after this commits, so a crash in between copies the rows again, and the key (dfsjzj) makes the second copy a no-op.
/// A row copied again that the province has not accepted is put back to 待接收 (sjsczt 0) with a new update time: that is a retry.
/// </summary>
internal sealed class StagingWriter(NpgsqlDataSource dataSource) : IStagingWriter
{
    public async Task WriteAsync(IReadOnlyList<OutboxRow> rows, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var row in rows)
        {
            var table = StagingTables.Checked(row.StagingTable);
            await connection.ExecuteAsync(new CommandDefinition(
                $"""
                INSERT INTO {table} AS t
                SELECT * FROM jsonb_populate_record(NULL::{table},
                    @Payload::jsonb || jsonb_build_object('dfsjzj', @BusinessKey::text, 'lsh', @Seq, 'sjyxbs', 1, 'sjsczt', 0, 'sjgxsj', @at))
                ON CONFLICT (dfsjzj) DO UPDATE SET sjsczt = 0, sbyy = NULL, sjgxsj = excluded.sjgxsj WHERE t.sjsczt <> 1
                """, new { row.Payload, row.BusinessKey, row.Seq, at = at.ToUniversalTime() }, tx, cancellationToken: cancellationToken));
        }

        await tx.CommitAsync(cancellationToken);
    }
}

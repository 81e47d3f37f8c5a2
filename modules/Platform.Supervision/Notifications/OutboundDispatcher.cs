using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;
using Platform.Kernel.Time;
using Platform.Supervision.Contracts;

namespace Platform.Supervision.Notifications;

/// <summary>
/// Sends pending outbound notifications. Rows are locked with SKIP LOCKED while they are sent, so two
/// hosts never send the same one; a failure is kept and retried on the next run.
/// </summary>
internal sealed class OutboundDispatcher(NpgsqlDataSource dataSource, INotificationSender sender, IClock clock,
    ILogger<OutboundDispatcher> logger)
{
    private const int BatchSize = 50;

    public async Task<int> SendPendingAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var sent = await SendBatchAsync(cancellationToken);
            total += sent.Sent;
            if (sent.Picked < BatchSize) return total;
        }
    }

    private async Task<(int Picked, int Sent)> SendBatchAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var pending = (await connection.QueryAsync<Pending>(new CommandDefinition(
            """
            SELECT id, region_code, unit_code, channel, address, text FROM supervision.outbound_notifications
            WHERE sent_at IS NULL AND attempts < 20 ORDER BY created_at, id LIMIT @BatchSize FOR UPDATE SKIP LOCKED
            """, new { BatchSize }, transaction, cancellationToken: cancellationToken))).ToList();
        var sent = new List<Guid>();
        foreach (var row in pending)
        {
            try
            {
                await sender.SendAsync(new OutboundNotification(row.Id, row.RegionCode, row.UnitCode, row.Channel, row.Text) { Address = row.Address }, cancellationToken);
                sent.Add(row.Id);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogWarning(error, "Outbound notification {Id} failed; it is retried on the next run", row.Id);
                await connection.ExecuteAsync(new CommandDefinition(
                    "UPDATE supervision.outbound_notifications SET attempts = attempts + 1, last_error = @message WHERE id = @Id",
                    new { row.Id, message = error.Message }, transaction, cancellationToken: cancellationToken));
            }
        }

        // What the gateway took is marked sent together, in one statement for the batch.
        if (sent.Count > 0)
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE supervision.outbound_notifications SET sent_at = @now, attempts = attempts + 1 WHERE id = ANY(@sent)",
                new { sent, now = clock.Now.UtcDateTime }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return (pending.Count, sent.Count);
    }

    private sealed record Pending(Guid Id, string RegionCode, string? UnitCode, string Channel, string? Address, string Text);
}

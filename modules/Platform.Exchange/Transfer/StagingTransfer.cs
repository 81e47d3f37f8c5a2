using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;
using Platform.Exchange.Outbox;
using Platform.Kernel.Database;
using Platform.Kernel.Time;

namespace Platform.Exchange.Transfer;

/// <summary>
/// Moves due outbox rows into the staging database batch by batch (rows locked with SKIP LOCKED, so two hosts never
/// send the same batch at once), marks them sent, and takes the province's answers (sjsczt) back into the outbox.
/// A row is due when it was never sent, when its last send failed and the back-off has passed, or when it was sent or
/// refused and not accepted within the retry interval.
/// </summary>
internal sealed class StagingTransfer(ITransactionRunner transactions, IStagingWriter writer, IClock clock, ExchangeOptions options,
    ILogger<StagingTransfer> logger)
{
    /// <summary>Every region's rows: the scheduled job's run.</summary>
    public Task<int> RunAsync(CancellationToken cancellationToken) => RunAsync(null, cancellationToken);

    /// <summary>
    /// Runs until nothing is due, a send fails or <c>Exchange:BatchesPerRun</c> batches went; returns the number of rows sent.
    /// With <paramref name="regionCode"/> (a region admin's run on demand) only that region's rows are sent and answered.
    /// </summary>
    public async Task<int> RunAsync(string? regionCode, CancellationToken cancellationToken)
    {
        var sent = 0;
        for (var i = 0; i < options.BatchesPerRun; i++)
        {
            var batch = await transactions.RunAsync(tx => SendBatchAsync(tx, regionCode, cancellationToken), cancellationToken);
            if (batch <= 0) break;
            sent += batch;
        }

        await transactions.RunAsync(tx => TakeAnswersAsync(tx, regionCode, cancellationToken), cancellationToken);
        return sent;
    }

    private async Task<int> SendBatchAsync(NpgsqlTransaction tx, string? regionCode, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var rows = (await tx.Connection!.QueryAsync<OutboxRow>(new CommandDefinition(
            """
            SELECT seq, business_key, staging_table, payload::text AS payload FROM exchange.outbox
            WHERE state <> 'accepted' AND next_attempt_at <= @now AND (@regionCode::text IS NULL OR region_code = @regionCode)
            ORDER BY seq LIMIT @BatchSize FOR UPDATE SKIP LOCKED
            """, new { now = now.ToUniversalTime(), regionCode, options.BatchSize }, tx, cancellationToken: cancellationToken))).ToList();
        if (rows.Count == 0) return 0;
        var seqs = rows.Select(r => r.Seq).ToArray();
        try
        {
            await writer.WriteAsync(rows, now, cancellationToken);
        }
        catch (Exception error) when (error is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            logger.LogWarning(error, "Sending {Count} exchange rows to the staging database failed; retrying after {Backoff}", rows.Count, options.FailureBackoff);
            await tx.Connection!.ExecuteAsync(new CommandDefinition(
                "UPDATE exchange.outbox SET attempts = attempts + 1, last_error = @message, next_attempt_at = @retry WHERE seq = ANY(@seqs)",
                new { message = error.Message, retry = (now + options.FailureBackoff).ToUniversalTime(), seqs }, tx, cancellationToken: cancellationToken));
            return -1;
        }

        await tx.Connection!.ExecuteAsync(new CommandDefinition(
            """
            UPDATE exchange.outbox SET state = 'sent', attempts = attempts + 1, sent_at = @now, last_error = NULL, next_attempt_at = @retry
            WHERE seq = ANY(@seqs)
            """, new { now = now.ToUniversalTime(), retry = (now + options.RetryAfter).ToUniversalTime(), seqs }, tx, cancellationToken: cancellationToken));
        return rows.Count;
    }

    /// <summary>Copies the province's answers (接收成功 / 接收失败 with its reason) onto the outbox rows sent.</summary>
    private static async Task<int> TakeAnswersAsync(NpgsqlTransaction tx, string? regionCode, CancellationToken cancellationToken) =>
        await tx.Connection!.ExecuteAsync(new CommandDefinition(
            $"""
            UPDATE exchange.outbox o SET state = CASE WHEN s.sjsczt = 1 THEN 'accepted' ELSE 'rejected' END,
                acknowledged_at = s.jssj, last_error = CASE WHEN s.sjsczt = 1 THEN NULL ELSE s.sbyy END
            FROM ({StagingTables.Union}) s
            WHERE s.dfsjzj = o.business_key AND o.state = 'sent' AND s.sjsczt <> 0 AND (@regionCode::text IS NULL OR o.region_code = @regionCode)
            """, new { regionCode }, tx, cancellationToken: cancellationToken));
}

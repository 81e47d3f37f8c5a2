using Dapper;
using Npgsql;
using Platform.Exchange.Outbox;
using Platform.Kernel.Database;

namespace Platform.Exchange.Reconciliation;

/// <summary>
/// Compares the outbox with the staging tables for a region: rows not yet accepted, rows marked sent that the staging
/// tables lack, staging rows the outbox does not know, rows whose serial number (lsh) or acceptance disagree.
/// </summary>
internal sealed class Reconciler(NpgsqlDataSource dataSource)
{
    public async Task<ReconciliationReport> ReportAsync(string regionCode, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var counts = await connection.QuerySingleAsync<(long Accepted, long Outstanding)>(new CommandDefinition(
            """
            SELECT count(*) FILTER (WHERE state = 'accepted'), count(*) FILTER (WHERE state <> 'accepted')
            FROM exchange.outbox WHERE region_code = @regionCode
            """, new { regionCode }, cancellationToken: cancellationToken));
        var items = await connection.QueryAsync<ExchangeRowView>(new CommandDefinition(
            $"""
            SELECT o.seq, o.business_key, o.project_code, o.staging_table, o.state, o.attempts, o.recorded_at, o.sent_at, o.last_error,
                   s.sjsczt AS staging_state
            FROM exchange.outbox o LEFT JOIN ({StagingTables.Union}) s ON s.dfsjzj = o.business_key
            WHERE o.region_code = @regionCode AND o.state <> 'accepted'
            ORDER BY o.seq LIMIT @pageSize OFFSET @offset
            """, new { regionCode, pageSize, offset = Pages.Offset(page, pageSize) }, cancellationToken: cancellationToken));
        var mismatches = await connection.QueryAsync<ExchangeMismatch>(new CommandDefinition(
            $"""
            SELECT business_key, staging_table, problem FROM (
                SELECT o.seq, o.business_key, o.staging_table,
                       CASE WHEN s.dfsjzj IS NULL THEN '已标记报送，前置库无此记录'
                            WHEN s.lsh <> o.seq THEN '流水号不一致'
                            WHEN o.state = 'accepted' AND s.sjsczt <> 1 THEN '发件箱为已接收，前置库未接收' END AS problem
                FROM exchange.outbox o LEFT JOIN ({StagingTables.Union}) s ON s.dfsjzj = o.business_key
                WHERE o.region_code = @regionCode AND o.state <> 'pending'
                UNION ALL
                SELECT 0, s.dfsjzj, s.staging_table, '前置库有记录，发件箱无对应' FROM ({StagingTables.Union}) s
                WHERE s.xzqhdm = @regionCode AND NOT EXISTS (SELECT 1 FROM exchange.outbox o WHERE o.business_key = s.dfsjzj)
            ) m WHERE problem IS NOT NULL ORDER BY seq LIMIT 100
            """, new { regionCode }, cancellationToken: cancellationToken));
        return new ReconciliationReport(regionCode, counts.Accepted, counts.Outstanding, page, pageSize, items.ToList(), mismatches.ToList());
    }
}

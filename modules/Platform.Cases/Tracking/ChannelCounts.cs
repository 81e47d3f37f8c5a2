using Dapper;
using Npgsql;
using Platform.Cases.Contracts;

namespace Platform.Cases.Tracking;

/// <summary>Counts a region's cases by channel over a period.</summary>
internal sealed class ChannelCounts(NpgsqlDataSource dataSource) : IChannelCounts
{
    public async Task<ChannelCount> CountAsync(string regionCode, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleAsync<ChannelCount>(
            """
            SELECT count(*) FILTER (WHERE channel = 'online') AS online, count(*) AS "all"
            FROM cases.cases WHERE region_code = @regionCode AND submitted_at >= @from AND submitted_at < @to
            """, new { regionCode, from = from.ToUniversalTime(), to = to.ToUniversalTime() });
    }
}

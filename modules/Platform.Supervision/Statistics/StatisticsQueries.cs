using Dapper;
using Npgsql;
using Platform.Kernel.Errors;
using Platform.Supervision.Contracts;

namespace Platform.Supervision.Statistics;

/// <summary>
/// Sums the daily rows of a region over a period, grouped by unit, matter or day (or the whole region). Reads
/// at most one row per day, unit and matter over the primary key's (region, day) prefix, never the cases.
/// </summary>
internal sealed class StatisticsQueries(NpgsqlDataSource dataSource)
{
    private static readonly Dictionary<string, string> Groupings = new()
    {
        ["region"] = "region_code", ["unit"] = "unit_code", ["matter"] = "matter_code", ["day"] = "day::text",
    };

    public async Task<IReadOnlyList<StatisticsRow>> SumAsync(string regionCode, DateOnly from, DateOnly to, string groupBy,
        CancellationToken cancellationToken)
    {
        if (!Groupings.TryGetValue(groupBy, out var column))
            throw PlatformProblem.Invalid("supervision.statistics.group_invalid", "groupBy", "分组只能是 region、unit、matter 或 day。");
        if (to < from || to.DayNumber - from.DayNumber > 366)
            throw PlatformProblem.Invalid("supervision.statistics.period_invalid", "to", "统计期间须从开始日到结束日，且不超过一年。");
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"""
             SELECT {column} AS key, sum(received) AS received, sum(received_online) AS received_online, sum(accepted) AS accepted,
                    sum(tolerant) AS tolerant, sum(commitment) AS commitment, sum(completed) AS completed, sum(on_time) AS on_time,
                    sum(overdue) AS overdue, sum(zero_visit) AS zero_visit, sum(working_days) AS working_days, sum(limit_days) AS limit_days,
                    sum(verified) AS verified, sum(commitment_false) AS commitment_false, sum(suspended_days) AS suspended_days,
                    sum(rated_1) AS rated1, sum(rated_2) AS rated2, sum(rated_3) AS rated3, sum(rated_4) AS rated4, sum(rated_5) AS rated5
             FROM supervision.daily_case_stats
             WHERE region_code = @regionCode AND day BETWEEN @from::date AND @to::date
             GROUP BY {column} ORDER BY {column}
             """, new { regionCode, from = from.ToString("yyyy-MM-dd"), to = to.ToString("yyyy-MM-dd") }, cancellationToken: cancellationToken));
        return rows.Select(r => new StatisticsRow(r.Key, r.Received, r.ReceivedOnline, r.Accepted, r.Tolerant, r.Commitment, r.Completed, r.OnTime,
            r.Overdue, r.ZeroVisit, r.WorkingDays, r.LimitDays, [r.Rated1, r.Rated2, r.Rated3, r.Rated4, r.Rated5])
        {
            Verified = r.Verified, CommitmentFalse = r.CommitmentFalse, SuspendedDays = r.SuspendedDays,
        }).ToList();
    }

    private sealed record Row(string Key, long Received, long ReceivedOnline, long Accepted, long Tolerant, long Commitment, long Completed,
        long OnTime, long Overdue, long ZeroVisit, long WorkingDays, long LimitDays, long Verified, long CommitmentFalse, long SuspendedDays, long Rated1, long Rated2, long Rated3, long Rated4, long Rated5);
}

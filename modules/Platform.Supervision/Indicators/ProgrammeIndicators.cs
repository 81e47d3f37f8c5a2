using Dapper;
using Npgsql;
using Platform.Kernel.Seeding;
using Platform.Kernel.Time;
using Platform.Supervision.Contracts;
using Platform.Supervision.Statistics;

namespace Platform.Supervision.Indicators;

/// <summary>Measures a region's programme indicators over a period from supervision's case facts and daily counts.</summary>
internal sealed class ProgrammeIndicators(NpgsqlDataSource dataSource, StatisticsQueries statistics)
{
    private const int ListedBreaches = 20;

    private static readonly Lazy<List<IndicatorDefinition>> Definitions =
        new(() => EmbeddedYaml.Read<List<IndicatorDefinition>>(typeof(ProgrammeIndicators).Assembly, "Seed/indicators.yaml"));

    public async Task<IReadOnlyList<IndicatorView>> ForRegionAsync(string regionCode, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var views = new List<IndicatorView>();
        foreach (var definition in Definitions.Value.Where(d => d.Region == regionCode))
            views.Add(definition.Kind switch
            {
                "working-days" => await WorkingDaysAsync(definition, from, to, cancellationToken),
                "online-share" => await OnlineShareAsync(definition, from, to, cancellationToken),
                _ => new IndicatorView(definition.Code, definition.Name, $"≤ {definition.TargetDays} 个工作日", null, null, false,
                    "尚不可测：工程建设项目模块上线后按项目全流程计算。", 0, []),
            });
        return views;
    }

    private async Task<IndicatorView> WorkingDaysAsync(IndicatorDefinition definition, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var args = new
        {
            definition.Region, matters = definition.Matters.ToArray(), definition.TargetDays,
            from = BusinessTime.StartOf(from).UtcDateTime, to = BusinessTime.StartOf(to.AddDays(1)).UtcDateTime, limit = ListedBreaches,
        };
        const string scope = """
                             region_code = @Region AND matter_code = ANY(@matters) AND decided_at >= @from AND decided_at < @to
                             AND working_days IS NOT NULL
                             """;
        var (completed, breaches) = await connection.QuerySingleAsync<(long, long)>(new CommandDefinition(
            $"SELECT count(*), count(*) FILTER (WHERE working_days > @TargetDays) FROM supervision.case_facts WHERE {scope}", args,
            cancellationToken: cancellationToken));
        var breaking = await connection.QueryAsync<BreachingCase>(new CommandDefinition(
            $"""
             SELECT case_id AS CaseId, number, matter_code AS MatterCode, unit_code AS UnitCode, working_days AS WorkingDays
             FROM supervision.case_facts WHERE {scope} AND working_days > @TargetDays ORDER BY working_days DESC, case_id LIMIT @limit
             """, args, cancellationToken: cancellationToken));
        var target = $"≤ {definition.TargetDays} 个工作日";
        if (completed == 0) return new IndicatorView(definition.Code, definition.Name, target, null, null, true, "本期无办结办件。", 0, []);
        var share = (double)(completed - breaches) / completed;
        return new IndicatorView(definition.Code, definition.Name, target, $"按时办结 {completed - breaches}/{completed}（{share:P1}）",
            breaches == 0, true, null, breaches, breaking.ToList());
    }

    private async Task<IndicatorView> OnlineShareAsync(IndicatorDefinition definition, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var region = (await statistics.SumAsync(definition.Region, from, to, "region", cancellationToken)).FirstOrDefault();
        var target = $"≥ {definition.TargetShare:P0}";
        if (region?.OnlineShare is not { } share)
            return new IndicatorView(definition.Code, definition.Name, target, null, null, true, "本期未收到申请。", 0, []);
        return new IndicatorView(definition.Code, definition.Name, target, $"{share:P1}（{region.ReceivedOnline}/{region.Received}）",
            share >= definition.TargetShare, true, "按申请渠道统计；未达标时不逐件列出。", region.Received - region.ReceivedOnline, []);
    }
}

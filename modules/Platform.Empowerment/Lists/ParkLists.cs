using Dapper;
using Npgsql;
using Platform.Kernel.Database;
using Platform.Kernel.Time;

namespace Platform.Empowerment.Lists;

/// <summary>The published lists: batches with their progress, the negative list, the responsibility list.</summary>
internal sealed class ParkLists(NpgsqlDataSource dataSource, IClock clock)
{
    public async Task<IReadOnlyList<BatchProgress>> BatchesAsync(string regionCode, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var today = BusinessTime.DateOf(clock.Now);
        var rows = await connection.QueryAsync<(int Number, string Name, string Kind, string TargetDate, long Total, long Effective)>(
            """
            SELECT b.number, b.name, b.kind, b.target_date::text,
                   count(e.id) FILTER (WHERE e.state <> 'Revoked'), count(e.id) FILTER (WHERE e.state = 'Effective')
            FROM empowerment.batches b
            LEFT JOIN empowerment.entries e ON e.region_code = b.region_code AND e.batch_number = b.number
            WHERE b.region_code = @regionCode GROUP BY b.number, b.name, b.kind, b.target_date ORDER BY b.number
            """, new { regionCode });
        return rows.Select(r =>
        {
            var target = DateOnly.Parse(r.TargetDate);
            var done = r.Total > 0 && r.Effective == r.Total;
            return new BatchProgress(r.Number, r.Name, r.Kind, target, (int)r.Total, (int)r.Effective, done, !done && today > target);
        }).ToList();
    }

    public async Task<IReadOnlyList<NegativeItem>> NegativeListAsync(string regionCode, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await NegativeListAsync(connection, null, regionCode);
    }

    public static Task<IReadOnlyList<NegativeItem>> NegativeListAsync(NpgsqlTransaction transaction, string regionCode) =>
        NegativeListAsync(transaction.Connection!, transaction, regionCode);

    private static async Task<IReadOnlyList<NegativeItem>> NegativeListAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction,
        string regionCode) =>
        (await connection.QueryAsync<(int Ordinal, string[] IndustryCodes, string[] Keywords, string Description, string Measure, string Basis)>(
            "SELECT ordinal, industry_codes, keywords, description, measure, basis FROM empowerment.negative_list WHERE region_code = @regionCode ORDER BY ordinal LIMIT 100",
            new { regionCode }, transaction))
        .Select(r => new NegativeItem(r.Ordinal, r.IndustryCodes, r.Keywords, r.Description, r.Measure, r.Basis)).ToList();

    public async Task<(IReadOnlyList<Responsibility> Items, long Total)> ResponsibilitiesAsync(string regionCode, int page, int pageSize,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM empowerment.responsibilities WHERE region_code = @regionCode", new { regionCode });
        var items = await connection.QueryAsync<Responsibility>(
            """
            SELECT ordinal, kind, subject, duty, basis FROM empowerment.responsibilities WHERE region_code = @regionCode
            ORDER BY ordinal LIMIT @limit OFFSET @offset
            """, new { regionCode, limit = pageSize, offset = Pages.Offset(page, pageSize) });
        return (items.ToList(), total);
    }
}

using Dapper;
using Npgsql;
using Platform.Kernel.Database;

namespace Platform.Projects.Credit;

/// <summary>The region's intermediary-service list, paged on the server.</summary>
internal sealed class IntermediaryStore(NpgsqlDataSource dataSource)
{
    public async Task<(IReadOnlyList<Intermediary> Items, long Total)> PageAsync(string regionCode, int page, int pageSize,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM projects.intermediaries WHERE region_code = @regionCode",
            new { regionCode });
        var items = await connection.QueryAsync<Intermediary>(
            """
            SELECT code, name, services, qualification, contact FROM projects.intermediaries
            WHERE region_code = @regionCode ORDER BY code LIMIT @pageSize OFFSET @offset
            """, new { regionCode, pageSize, offset = Pages.Offset(page, pageSize) });
        return (items.ToList(), total);
    }

    public static Task AddAsync(NpgsqlTransaction tx, string regionCode, Intermediary item) =>
        tx.Connection!.ExecuteAsync(
            """
            INSERT INTO projects.intermediaries (region_code, code, name, services, qualification, contact)
            VALUES (@regionCode, @Code, @Name, @Services, @Qualification, @Contact)
            """, new { regionCode, item.Code, item.Name, item.Services, item.Qualification, item.Contact }, tx);
}

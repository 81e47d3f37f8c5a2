using Dapper;
using Npgsql;
using Platform.Empowerment.Lists;
using Platform.Identity.Contracts;

namespace Platform.Empowerment.Handover;

/// <summary>Departments and batches of a region's empowerment list that have planned entries but no agreement yet.</summary>
internal sealed class PendingHandovers(NpgsqlDataSource dataSource, IOrganisationDirectory directory)
{
    public async Task<IReadOnlyList<PendingHandover>> OfRegionAsync(string regionCode, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string DepartmentCode, int BatchNumber, long Entries)>(new CommandDefinition(
            """
            SELECT e.from_unit_code, e.batch_number, count(*)
            FROM empowerment.entries e
            WHERE e.region_code = @regionCode AND e.state = 'Planned'
              AND NOT EXISTS (SELECT 1 FROM empowerment.agreements a
                              WHERE a.region_code = e.region_code AND a.department_code = e.from_unit_code AND a.batch_number = e.batch_number)
            GROUP BY e.from_unit_code, e.batch_number
            ORDER BY e.batch_number, e.from_unit_code
            LIMIT 100
            """, new { regionCode }, cancellationToken: cancellationToken));
        var pending = new List<PendingHandover>();
        foreach (var row in rows)
        {
            var unit = await directory.FindUnitAsync(regionCode, row.DepartmentCode, cancellationToken);
            pending.Add(new PendingHandover(row.DepartmentCode, unit?.Name ?? row.DepartmentCode, row.BatchNumber,
                ChineseNames.Batch(row.BatchNumber), (int)row.Entries));
        }

        return pending;
    }
}

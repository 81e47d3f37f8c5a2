using System.Collections.Concurrent;
using Dapper;
using Npgsql;
using Platform.Identity.Contracts;
using Platform.Kernel;
using Platform.Kernel.Modularity;

namespace Platform.Identity.Organisation;

internal sealed class OrganisationDirectory(NpgsqlDataSource dataSource) : IOrganisationDirectory
{
    private readonly ConcurrentDictionary<Guid, UnitKey> unitCodes = new();

    /// <summary>Makes the regions table match the deployment's regions (adding, renaming; never deleting).</summary>
    public async Task SeedRegionsAsync(Deployment deployment, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Parents first, so the foreign key holds whatever order the deployment lists them in.
        var ordered = deployment.Regions.OrderBy(r => deployment.Regions.Any(p => p.Code == r.ParentCode) ? 1 : 0);
        foreach (var region in ordered)
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO identity.regions (code, name, parent_code) VALUES (@Code, @Name, @ParentCode)
                ON CONFLICT (code) DO NOTHING
                """, new { region.Code, region.Name, ParentCode = deployment.Serves(region.ParentCode ?? "") ? region.ParentCode : null },
                transaction);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task SeedUnitsAsync(string regionCode, IReadOnlyList<OrganisationUnitSeed> roots, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var known = await connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM identity.regions WHERE code = @regionCode)", new { regionCode }, transaction);
        if (!known)
            throw new InvalidOperationException(
                $"Region {regionCode} is not in this deployment; add it to the deployment's regions or disable the plugin that seeds it.");

        async Task Insert(OrganisationUnitSeed unit, Guid? parentId)
        {
            var id = await connection.ExecuteScalarAsync<Guid>(
                """
                INSERT INTO identity.organisation_units (id, region_code, code, name, kind, parent_id)
                VALUES (@id, @regionCode, @Code, @Name, @kind, @parentId)
                ON CONFLICT (region_code, code) DO UPDATE SET code = EXCLUDED.code
                RETURNING id
                """,
                new { id = Ids.New(), regionCode, unit.Code, unit.Name, kind = unit.Kind.ToString(), parentId }, transaction);
            foreach (var child in unit.Children) await Insert(child, id);
        }

        foreach (var root in roots) await Insert(root, null);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Region>> RegionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<Region>(
            "SELECT code, name, parent_code FROM identity.regions ORDER BY code")).ToList();
    }

    public async Task<IReadOnlyList<OrganisationUnit>> UnitsAsync(string regionCode, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<UnitRow>(
            "SELECT id, region_code, code, name, kind, parent_id FROM identity.organisation_units WHERE region_code = @regionCode ORDER BY code",
            new { regionCode });
        return rows.Select(r => r.ToUnit()).ToList();
    }

    public async Task<string?> UnitCodeAsync(string regionCode, Guid unitId, CancellationToken cancellationToken)
    {
        if (!unitCodes.TryGetValue(unitId, out var known))
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            known = await connection.QuerySingleOrDefaultAsync<UnitKey>(new CommandDefinition(
                "SELECT region_code, code FROM identity.organisation_units WHERE id = @unitId", new { unitId }, cancellationToken: cancellationToken));
            if (known is null) return null;
            unitCodes[unitId] = known;
        }

        return known.RegionCode == regionCode ? known.Code : null;
    }

    public async Task<OrganisationUnit?> FindUnitAsync(string regionCode, string code, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<UnitRow>(
            "SELECT id, region_code, code, name, kind, parent_id FROM identity.organisation_units WHERE region_code = @regionCode AND code = @code",
            new { regionCode, code });
        return row?.ToUnit();
    }

    private sealed record UnitRow(Guid Id, string RegionCode, string Code, string Name, string Kind, Guid? ParentId)
    {
        public OrganisationUnit ToUnit() => new(Id, RegionCode, Code, Name, Enum.Parse<UnitKind>(Kind), ParentId);
    }

    private sealed record UnitKey(string RegionCode, string Code);
}

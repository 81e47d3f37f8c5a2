using Dapper;
using Npgsql;
using Platform.Bundles.Contracts;
using Platform.Bundles.Definitions;
using Platform.Kernel.Seeding;

namespace Platform.Bundles.Seeding;

/// <summary>Records a plugin's zone windows and publishes its bundles that its region does not have yet; an admin's later versions are never touched.</summary>
internal sealed class BundleSeeder(NpgsqlDataSource dataSource, BundleAdmin admin) : IBundleSeeder
{
    private const string Actor = "seed";

    public async Task<int> SeedAsync(string regionCode, string yaml, CancellationToken cancellationToken)
    {
        var document = EmbeddedYaml.Parse<BundleSeedDocument>(yaml, $"bundles of {regionCode}");
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        foreach (var zone in document.Zones)
            await connection.ExecuteAsync(
                "INSERT INTO bundles.zones (region_code, code, name) VALUES (@regionCode, @Code, @Name) ON CONFLICT DO NOTHING",
                new { regionCode, zone.Code, zone.Name });
        var existing = (await connection.QueryAsync<string>(
            "SELECT DISTINCT code FROM bundles.bundle_versions WHERE region_code = @regionCode", new { regionCode })).ToHashSet();
        var added = 0;
        foreach (var bundle in document.Bundles.Where(b => !existing.Contains(b.Code)))
        {
            await admin.SaveDraftAsync(regionCode, bundle, Actor, cancellationToken);
            await admin.PublishAsync(regionCode, bundle.Code, document.ValidFrom, Actor, cancellationToken);
            added++;
        }

        return added;
    }
}

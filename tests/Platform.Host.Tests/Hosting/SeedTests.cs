using Dapper;
using Npgsql;
using Platform.Identity.Contracts;
using Platform.Testing;

namespace Platform.Host.Tests.Hosting;

public sealed class SeedTests
{
    [Fact]
    public async Task Should_seed_each_plugins_region_with_its_organisation_tree()
    {
        await using var host = await PlatformTestHost.StartAsync("demo");
        var directory = host.Get<IOrganisationDirectory>();

        (await directory.RegionsAsync(CancellationToken.None)).Select(r => r.Name)
            .ShouldBe(["鞍山市", "盐都区", "岳阳市", "临湘市", "鹤山市"], ignoreOrder: true);
        var heshan = await directory.UnitsAsync("440784", CancellationToken.None);
        heshan.Select(u => u.Name).ShouldContain("鹤山市发展改革局");
        var park = await directory.FindUnitAsync("430682", "gxq-spfw", CancellationToken.None);
        park.ShouldNotBeNull().Kind.ShouldBe(UnitKind.ParkApprovalService);
        heshan.Single(u => u.Code == "fgj").ParentId.ShouldBe(heshan.Single(u => u.Code == "gov").Id);
    }

    [Fact]
    public async Task Should_keep_an_admins_change_when_the_platform_starts_again()
    {
        var connectionString = await TestCluster.CreateDatabaseAsync();
        await using (await PlatformTestHost.StartAsync("linxiang", $"--ConnectionStrings:Platform={connectionString}"))
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.ExecuteAsync("UPDATE identity.organisation_units SET name = '临湘市财政局（改）' WHERE region_code = '430682' AND code = 'czj'");
        }

        await using var again = await PlatformTestHost.StartAsync("linxiang", $"--ConnectionStrings:Platform={connectionString}");

        var unit = await again.Get<IOrganisationDirectory>().FindUnitAsync("430682", "czj", CancellationToken.None);
        unit.ShouldNotBeNull().Name.ShouldBe("临湘市财政局（改）");
        (await again.Get<IOrganisationDirectory>().UnitsAsync("430682", CancellationToken.None)).Count(u => u.Code == "czj").ShouldBe(1);
    }
}

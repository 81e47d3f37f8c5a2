using Dapper;
using Npgsql;
using Platform.Identity.Tests.Support;
using Platform.Testing;

namespace Platform.Identity.Tests.Admin;

/// <summary>A database seeded before the fix, with the platform admin homed in 鹤山, comes out of the migration with it in no region.</summary>
public sealed class PlatformAdminMigrationTests
{
    [Fact]
    public async Task Should_take_the_platform_admin_out_of_its_region_when_an_existing_database_is_migrated()
    {
        await using var host = await PlatformTestHost.StartAsync("demo", DemoHost.GenerousLimits);
        await using var connection = new NpgsqlConnection(host.App.Database.ConnectionString);
        await connection.OpenAsync();
        await connection.ExecuteAsync(
            """
            ALTER TABLE identity.users DROP CONSTRAINT users_platform_admin_has_no_region;
            UPDATE identity.users SET region_code = '440784',
                unit_id = (SELECT id FROM identity.organisation_units WHERE region_code = '440784' AND parent_id IS NULL LIMIT 1)
            WHERE account = 'platform-admin';
            """);

        await connection.ExecuteAsync($"SET search_path TO identity; {MigrationText()} RESET search_path;");

        var placement = await connection.QuerySingleAsync<(string? Region, Guid? Unit)>(
            "SELECT region_code, unit_id FROM identity.users WHERE account = 'platform-admin'");
        placement.ShouldBe((null, null));
        await Should.ThrowAsync<PostgresException>(() => connection.ExecuteAsync(
            "UPDATE identity.users SET region_code = '440784' WHERE account = 'platform-admin'"));
        await new ApiClient(host).TokenAsync("platform-admin");
    }

    private static string MigrationText()
    {
        using var stream = typeof(IdentityModule).Assembly.GetManifestResourceStream("Migrations/0003_platform_admin_has_no_region.sql")!;
        return new StreamReader(stream).ReadToEnd();
    }
}

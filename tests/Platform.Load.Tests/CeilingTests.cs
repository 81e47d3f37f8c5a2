using Dapper;
using Npgsql;
using Platform.Load.Ceiling;
using Platform.Load.Driver;
using Platform.Testing;

namespace Platform.Load.Tests;

/// <summary>The ceiling is only a ceiling for the same writes: one raw submission must add the rows one HTTP submission adds.</summary>
public sealed class CeilingTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Should_add_the_same_rows_to_the_same_tables_as_one_submission_through_the_platform(bool online)
    {
        // The scheduled jobs wait a day, so only the two submissions write while the rows are counted.
        await using var host = await PlatformTestHost.StartAsync("demo",
            LoadHost.Settings(await TestCluster.CreateDatabaseAsync(), "--Supervision:WatchSeconds=86400", "--Supervision:OutboundSeconds=86400", "--Exchange:TransferEnabled=false"));
        var client = new PlatformClient(host.Http);
        var desk = (await new DeskSetup(client).PrepareAsync("320903", TextWriter.Null))!;
        await using var dataSource = NpgsqlDataSource.Create(host.App.Database.ConnectionString);
        var submitter = online ? desk.Applicants[0] : desk.Clerk;

        var before = await CountRowsAsync(dataSource);
        await new Journeys(client).SubmitAsync(desk, submitter);
        var afterPlatform = await CountRowsAsync(dataSource);
        await new RawSubmissions(dataSource, [desk]).SubmitAsync(desk, "ceiling-test", online);
        var afterCeiling = await CountRowsAsync(dataSource);

        var platformAdded = Added(before, afterPlatform);
        platformAdded.ShouldContainKey("cases.cases");
        platformAdded.ShouldContainKey("platform.audit_records");
        Added(afterPlatform, afterCeiling).ShouldBe(platformAdded);
    }

    private static Dictionary<string, long> Added(Dictionary<string, long> before, Dictionary<string, long> after) =>
        after.Where(t => t.Value != before.GetValueOrDefault(t.Key)).ToDictionary(t => t.Key, t => t.Value - before.GetValueOrDefault(t.Key));

    private static async Task<Dictionary<string, long>> CountRowsAsync(NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var tables = await connection.QueryAsync<string>(
            """
            SELECT format('%I.%I', table_schema, table_name) FROM information_schema.tables
            WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema', 'quartz')
            """);
        var counts = new Dictionary<string, long>();
        foreach (var table in tables) counts[table] = await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM {table}");
        return counts;
    }
}

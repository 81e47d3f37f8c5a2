using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Platform.Host.Database;
using Platform.Testing;

namespace Platform.Host.Tests.Database;

public sealed class EmbeddedPostgresTests
{
    [Fact]
    public async Task Should_keep_its_data_when_stopped_and_started_again()
    {
        var dataDirectory = TestCluster.NewDirectory("data");
        await using (var first = await EmbeddedPostgres.StartAsync(dataDirectory, null, NullLogger.Instance, CancellationToken.None))
        {
            await first.EnsureDatabaseAsync("platform", CancellationToken.None);
            await using var connection = new NpgsqlConnection(first.ConnectionString("platform"));
            await connection.ExecuteAsync("CREATE TABLE kept (note text); INSERT INTO kept VALUES ('鹤山')");
        }

        await using var second = await EmbeddedPostgres.StartAsync(dataDirectory, null, NullLogger.Instance, CancellationToken.None);
        await using var again = new NpgsqlConnection(second.ConnectionString("platform"));

        (await again.QuerySingleAsync<string>("SELECT note FROM kept")).ShouldBe("鹤山");
    }

    [Fact]
    public async Task Should_reuse_the_running_server_when_a_crashed_host_left_it_behind()
    {
        var dataDirectory = TestCluster.NewDirectory("data");
        var orphan = await EmbeddedPostgres.StartAsync(dataDirectory, null, NullLogger.Instance, CancellationToken.None);

        await using var adopter = await EmbeddedPostgres.StartAsync(dataDirectory, null, NullLogger.Instance, CancellationToken.None);

        adopter.Port.ShouldBe(orphan.Port);
        await using var connection = new NpgsqlConnection(adopter.ConnectionString("postgres"));
        (await connection.QuerySingleAsync<int>("SELECT 1")).ShouldBe(1);
    }

    [Fact]
    public async Task Should_listen_on_loopback_only_and_refuse_a_wrong_password()
    {
        var server = await TestCluster.ServerAsync();
        await using var connection = new NpgsqlConnection(server.ConnectionString("postgres"));
        await connection.OpenAsync();

        (await connection.QuerySingleAsync<string>("SHOW listen_addresses")).ShouldBe("127.0.0.1");
        var wrong = new NpgsqlConnectionStringBuilder(server.ConnectionString("postgres")) { Password = "wrong" };
        await using var intruder = new NpgsqlConnection(wrong.ConnectionString);
        await Should.ThrowAsync<PostgresException>(() => intruder.OpenAsync());
    }
}

using Dapper;
using Npgsql;
using Platform.Testing;

namespace Platform.Host.Tests.Cli;

public sealed class HostVerbTests
{
    [Fact]
    public async Task Should_list_what_would_load_and_why_without_a_database()
    {
        var (exitCode, output) = await HostProcess.RunAsync("plugins", "--deployment", "linxiang");

        exitCode.ShouldBe(0);
        output.ShouldContain("load Yueyang    enabled by deployment linxiang");
        output.ShouldContain("load Linxiang   enabled by deployment linxiang");
        output.ShouldContain("skip Heshan     not enabled by deployment linxiang");
    }

    [Fact]
    public async Task Should_apply_migrations_and_exit_when_asked_to_migrate()
    {
        var connectionString = await TestCluster.CreateDatabaseAsync();

        var (exitCode, output) = await HostProcess.RunAsync("migrate", "--ConnectionStrings:Platform", connectionString);

        exitCode.ShouldBe(0, output);
        await using var connection = new NpgsqlConnection(connectionString);
        (await connection.QuerySingleAsync<int>("SELECT count(*)::int FROM platform.schema_migrations")).ShouldBeGreaterThan(0);
        (await connection.QuerySingleAsync<int>("SELECT count(*)::int FROM identity.regions")).ShouldBe(5);
    }

    [Fact]
    public async Task Should_describe_every_verb_in_the_help_text()
    {
        var (exitCode, output) = await HostProcess.RunAsync("--help", "--ConnectionStrings:Platform", await TestCluster.CreateDatabaseAsync());

        exitCode.ShouldBe(0);
        foreach (var verb in new[] { "serve", "migrate", "plugins", "--deployment", "--urls" }) output.ShouldContain(verb);
    }

    [Fact]
    public async Task Should_refuse_an_unknown_deployment_with_a_message_naming_it()
    {
        var (exitCode, output) = await HostProcess.RunAsync("migrate", "--deployment", "atlantis");

        exitCode.ShouldBe(1);
        output.ShouldContain("Deployment 'atlantis' not found");
    }

    [Fact]
    public async Task Should_refuse_an_unknown_command()
    {
        var (exitCode, output) = await HostProcess.RunAsync("frobnicate", "--ConnectionStrings:Platform", await TestCluster.CreateDatabaseAsync());

        exitCode.ShouldBe(2);
        output.ShouldContain("unknown command: frobnicate");
    }
}

using Dapper;
using Npgsql;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
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
    public async Task Should_list_the_module_commands_without_starting_a_database_when_asked_for_help()
    {
        var data = TestCluster.NewDirectory("data");

        var (exitCode, output) = await HostProcess.RunAsync("help", "--data-dir", data);

        exitCode.ShouldBe(0, output);
        foreach (var verb in new[] { "audit verify", "admin create", "calendar deadline", "exchange reconcile" }) output.ShouldContain(verb);
        Directory.EnumerateFileSystemEntries(data).ShouldBeEmpty("help starts no embedded PostgreSQL");
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

    [Fact]
    public async Task Should_name_the_first_broken_audit_record_and_exit_3_when_a_record_was_altered()
    {
        var connectionString = await TestCluster.CreateDatabaseAsync();
        var receipts = new List<AuditReceipt>();
        await using (var host = await PlatformTestHost.StartAsync("linxiang", $"--ConnectionStrings:Platform={connectionString}"))
        {
            var entry = new AuditEntry("430682", "tester", "test.step", "thing", "1");
            for (var i = 0; i < 3; i++)
                receipts.Add(await host.Get<ITransactionRunner>().RunAsync(tx => host.Get<IAuditTrail>().AppendAsync(tx, entry, CancellationToken.None), CancellationToken.None));
        }

        await using var connection = new NpgsqlConnection(connectionString);

        var intact = await HostProcess.RunAsync("audit", "verify", "--region", "430682", "--ConnectionStrings:Platform", connectionString);
        await connection.ExecuteAsync(
            """
            ALTER TABLE platform.audit_records DISABLE TRIGGER audit_records_append_only;
            UPDATE platform.audit_records SET actor = 'forger' WHERE region_code = '430682' AND sequence = @Sequence;
            ALTER TABLE platform.audit_records ENABLE TRIGGER audit_records_append_only;
            """, new { receipts[1].Sequence });
        var broken = await HostProcess.RunAsync("audit", "verify", "--ConnectionStrings:Platform", connectionString);

        intact.ExitCode.ShouldBe(0, intact.Output);
        intact.Output.ShouldContain($"430682: {receipts[2].Sequence} records, intact");
        broken.ExitCode.ShouldBe(3);
        broken.Output.ShouldContain($"430682: BROKEN at record {receipts[1].Sequence}");
    }
}

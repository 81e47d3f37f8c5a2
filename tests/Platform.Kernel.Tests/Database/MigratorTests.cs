using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Platform.Kernel.Database;
using Platform.Testing;

namespace Platform.Kernel.Tests.Database;

public sealed class MigratorTests
{
    private static MigrationScript Script(int number, string sql, string schema = "sample") =>
        new("Sample.Module", schema, number, $"{number:D4}_step.sql", sql);

    private static async Task<NpgsqlDataSource> FreshDatabaseAsync() =>
        NpgsqlDataSource.Create(await TestCluster.CreateDatabaseAsync());

    [Fact]
    public async Task Should_create_tables_in_the_module_schema_when_the_database_is_fresh()
    {
        await using var dataSource = await FreshDatabaseAsync();
        var migrator = new Migrator(dataSource, NullLogger<Migrator>.Instance);

        var applied = await migrator.ApplyAsync(
            [Script(1, "CREATE TABLE things (id int PRIMARY KEY);"), Script(2, "ALTER TABLE things ADD COLUMN name text;")],
            CancellationToken.None);

        applied.Count.ShouldBe(2);
        await using var connection = await dataSource.OpenConnectionAsync();
        (await connection.QuerySingleAsync<int>(
            "SELECT count(*)::int FROM information_schema.columns WHERE table_schema = 'sample' AND table_name = 'things'")).ShouldBe(2);
        (await connection.QueryAsync<string>("SELECT file_name FROM platform.schema_migrations ORDER BY number"))
            .ShouldBe(["0001_step.sql", "0002_step.sql"]);
    }

    [Fact]
    public async Task Should_apply_nothing_when_run_again()
    {
        await using var dataSource = await FreshDatabaseAsync();
        var migrator = new Migrator(dataSource, NullLogger<Migrator>.Instance);
        MigrationScript[] scripts = [Script(1, "CREATE TABLE things (id int PRIMARY KEY);")];
        await migrator.ApplyAsync(scripts, CancellationToken.None);

        var second = await migrator.ApplyAsync(scripts, CancellationToken.None);

        second.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_refuse_to_start_naming_the_file_when_an_applied_migration_was_edited()
    {
        await using var dataSource = await FreshDatabaseAsync();
        var migrator = new Migrator(dataSource, NullLogger<Migrator>.Instance);
        await migrator.ApplyAsync([Script(1, "CREATE TABLE things (id int PRIMARY KEY);")], CancellationToken.None);

        var error = await Should.ThrowAsync<MigrationChangedException>(() =>
            migrator.ApplyAsync([Script(1, "CREATE TABLE things (id bigint PRIMARY KEY);")], CancellationToken.None));

        error.Message.ShouldContain("Sample.Module/0001_step.sql");
    }

    [Fact]
    public async Task Should_treat_windows_line_endings_as_the_same_script()
    {
        await using var dataSource = await FreshDatabaseAsync();
        var migrator = new Migrator(dataSource, NullLogger<Migrator>.Instance);
        await migrator.ApplyAsync([Script(1, "CREATE TABLE things (id int);\nCREATE INDEX ON things (id);")], CancellationToken.None);

        var again = await migrator.ApplyAsync([Script(1, "CREATE TABLE things (id int);\r\nCREATE INDEX ON things (id);")], CancellationToken.None);

        again.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_apply_each_script_once_when_two_hosts_migrate_at_the_same_time()
    {
        var connectionString = await TestCluster.CreateDatabaseAsync();
        await using var first = NpgsqlDataSource.Create(connectionString);
        await using var second = NpgsqlDataSource.Create(connectionString);
        MigrationScript[] scripts =
        [
            Script(1, "CREATE TABLE things (id int PRIMARY KEY); SELECT pg_sleep(0.3);"),
            Script(2, "INSERT INTO things VALUES (1);"),
        ];

        var results = await Task.WhenAll(
            new Migrator(first, NullLogger<Migrator>.Instance).ApplyAsync(scripts, CancellationToken.None),
            new Migrator(second, NullLogger<Migrator>.Instance).ApplyAsync(scripts, CancellationToken.None));

        results.Sum(r => r.Count).ShouldBe(2);
        await using var connection = await first.OpenConnectionAsync();
        (await connection.QuerySingleAsync<int>("SELECT count(*)::int FROM sample.things")).ShouldBe(1);
    }

    [Fact]
    public async Task Should_leave_nothing_behind_when_a_script_fails()
    {
        await using var dataSource = await FreshDatabaseAsync();
        var migrator = new Migrator(dataSource, NullLogger<Migrator>.Instance);

        var error = await Should.ThrowAsync<InvalidOperationException>(() => migrator.ApplyAsync(
            [Script(1, "CREATE TABLE things (id int); SELECT * FROM missing_table;")], CancellationToken.None));

        error.Message.ShouldContain("0001_step.sql");
        await using var connection = await dataSource.OpenConnectionAsync();
        (await connection.QuerySingleAsync<int>("SELECT count(*)::int FROM platform.schema_migrations")).ShouldBe(0);
        (await connection.QuerySingleAsync<int>(
            "SELECT count(*)::int FROM information_schema.tables WHERE table_name = 'things'")).ShouldBe(0);
    }

    [Fact]
    public void Should_read_the_kernels_embedded_migrations_in_number_order()
    {
        var scripts = new KernelModule().Migrations;

        scripts.ShouldNotBeEmpty();
        scripts.Select(s => s.Number).ShouldBe(scripts.Select(s => s.Number).Order());
        scripts.ShouldAllBe(s => s.Schema == "platform");
    }
}

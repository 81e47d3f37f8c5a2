using Dapper;
using Npgsql;
using Platform.Kernel.Database;
using Platform.Testing;

namespace Platform.Kernel.Tests.Database;

public sealed class BatchCommandTests
{
    private const string Insert = "INSERT INTO notes (id, unit_code, noted_at, days) VALUES ($1, $2, $3, $4)";

    [Fact]
    public async Task Should_keep_one_prepared_statement_whether_its_values_are_null_or_not()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(await TestCluster.CreateDatabaseAsync())
        {
            MaxAutoPrepare = 10, AutoPrepareMinUsages = 2,
        }.ConnectionString;
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var connection = await dataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("CREATE TABLE notes (id int PRIMARY KEY, unit_code text, noted_at timestamptz, days int)");
        var noon = new DateTimeOffset(2026, 11, 30, 4, 0, 0, TimeSpan.Zero);

        for (var i = 1; i <= 10; i++)
        {
            var given = i % 2 == 0;
            await using var batch = new NpgsqlBatch(connection)
            {
                BatchCommands = { BatchCommand.Of(Insert, i, given ? "zhck" : null, given ? noon : (DateTimeOffset?)null, given ? i : (int?)null) },
            };
            await batch.ExecuteNonQueryAsync();
        }

        var prepared = (await connection.QueryAsync<long>(
            "SELECT generic_plans + custom_plans FROM pg_prepared_statements WHERE statement = @Insert", new { Insert })).ToList();
        prepared.ShouldBe([9L]);
        var rows = (await connection.QueryAsync<(int Id, string? UnitCode, DateTime? NotedAt, int? Days)>(
            "SELECT id, unit_code, noted_at, days FROM notes WHERE id IN (3, 4) ORDER BY id")).ToList();
        rows[0].ShouldBe((3, null, null, null));
        rows[1].ShouldBe((4, "zhck", noon.UtcDateTime, 4));
    }
}

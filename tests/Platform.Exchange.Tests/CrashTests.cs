using Autofac;
using Dapper;
using Npgsql;
using Platform.Cases.Contracts;
using Platform.Kernel.Time;
using Platform.Testing;

namespace Platform.Exchange.Tests;

/// <summary>
/// An 鞍山 project's first stage completes with the transfer switched off; then a real host process copies the outbox one
/// row a second and is killed with SIGKILL as soon as the first rows reach the staging schema; a second host finishes.
/// </summary>
public sealed class CrashTests
{
    [Fact]
    public async Task Should_hold_each_row_exactly_once_in_the_staging_schema_when_the_host_is_killed_during_the_transfer_and_restarted()
    {
        var connectionString = await TestCluster.CreateDatabaseAsync();
        var files = TestCluster.NewDirectory("files");
        string[] common = [$"--ConnectionStrings:Platform={connectionString}", $"--Cases:FileDirectory={files}", "--Exchange:FakeProvince:Enabled=false"];
        string projectCode;
        await using (var host = await PlatformTestHost.StartAsync("demo", b => b.RegisterInstance(new TestClock(TestClock.At(2026, 11, 27, 9))).As<IClock>(),
                         [.. common, "--Exchange:TransferEnabled=false"]))
        {
            var project = await new AnshanStage(host.Http).RegisterAndAcceptFirstStageAsync();
            await AnshanStage.ApproveAllAsync(host.Get<ICaseWorkflow>(), host.Get<ICaseReader>(), project);
            projectCode = project.Code;
        }

        await using var connection = new NpgsqlConnection(connectionString);
        var outbox = (await connection.QueryAsync<(string Key, long Seq)>(
            "SELECT business_key, seq FROM exchange.outbox WHERE project_code = @projectCode", new { projectCode })).ToList();
        outbox.Count.ShouldBeGreaterThan(5);
        string[] transfer = [.. common, "--Platform:Deployment=demo", "--Exchange:TransferSeconds=1", "--Exchange:BatchSize=1", "--Exchange:BatchesPerRun=1"];
        await using (var killed = await HostProcess.StartAsync(transfer))
        {
            while (await StagedAsync(connection, projectCode) == 0) await Task.Delay(20);
            killed.Kill();
        }

        (await connection.ExecuteScalarAsync<int>("SELECT count(*)::int FROM exchange.outbox WHERE state = 'pending'"))
            .ShouldBeGreaterThan(0, "the host died before it sent everything");
        await using (await HostProcess.StartAsync([.. common, "--Platform:Deployment=demo", "--Exchange:TransferSeconds=1"]))
            while (await connection.ExecuteScalarAsync<int>("SELECT count(*)::int FROM exchange.outbox WHERE state = 'pending'") > 0)
                await Task.Delay(100);

        var staged = (await connection.QueryAsync<(string Key, long Seq)>(
            $"SELECT dfsjzj, lsh FROM ({Outbox.StagingTables.Union}) s WHERE gcdm = @projectCode", new { projectCode })).ToList();
        staged.OrderBy(s => s.Seq).ShouldBe(outbox.OrderBy(o => o.Seq));
    }

    private static Task<int> StagedAsync(NpgsqlConnection connection, string projectCode) =>
        connection.ExecuteScalarAsync<int>($"SELECT count(*)::int FROM ({Outbox.StagingTables.Union}) s WHERE gcdm = @projectCode", new { projectCode });
}

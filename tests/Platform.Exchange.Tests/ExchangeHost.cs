using Autofac;
using Dapper;
using Npgsql;
using Platform.Exchange.Transfer;
using Platform.Kernel.Time;
using Platform.Testing;

namespace Platform.Exchange.Tests;

/// <summary>
/// One demo host for a test class, with the scheduled transfer and the simulated province switched off so each test runs
/// them itself, a clock the tests move, and a staging writer that can be told to fail.
/// </summary>
public sealed class ExchangeHost : IAsyncLifetime
{
    internal PlatformTestHost Host { get; private set; } = null!;
    internal TestClock Clock { get; } = new(TestClock.At(2026, 3, 2, 9));
    internal FlakyStagingWriter Writer => Host.Get<FlakyStagingWriter>();
    internal StagingTransfer Transfer => Host.Get<StagingTransfer>();

    public async Task InitializeAsync() =>
        Host = await PlatformTestHost.StartAsync("demo", b =>
            {
                b.RegisterInstance(Clock).As<IClock>();
                b.RegisterType<StagingWriter>().AsSelf().SingleInstance();
                b.RegisterType<FlakyStagingWriter>().AsSelf().As<IStagingWriter>().SingleInstance();
            },
            "--Identity:FailedSignInsPerAddress=100000", "--Identity:TrackingPerMinute=100000", "--Identity:CreatePerMinute=100000",
            "--Exchange:TransferEnabled=false", "--Exchange:FakeProvince:Enabled=false");

    public async Task DisposeAsync() => await Host.DisposeAsync();

    internal async Task<T> QueryAsync<T>(Func<NpgsqlConnection, Task<T>> query)
    {
        await using var connection = await Host.Get<NpgsqlDataSource>().OpenConnectionAsync();
        return await query(connection);
    }

    /// <summary>(key, lsh) of every staging row of a project, over all four staging tables.</summary>
    internal Task<List<(string Key, long Lsh)>> StagingRowsAsync(string projectCode) =>
        QueryAsync(async c => (await c.QueryAsync<(string, long)>(
            $"SELECT dfsjzj, lsh FROM ({Outbox.StagingTables.Union}) s WHERE s.gcdm = @projectCode", new { projectCode })).ToList());

    /// <summary>(key, seq, state) of every outbox row of a project.</summary>
    internal Task<List<(string Key, long Seq, string State)>> OutboxRowsAsync(string projectCode) =>
        QueryAsync(async c => (await c.QueryAsync<(string, long, string)>(
            "SELECT business_key, seq, state FROM exchange.outbox WHERE project_code = @projectCode ORDER BY seq", new { projectCode })).ToList());
}

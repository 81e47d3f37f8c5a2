using Autofac;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Calendar.Contracts;
using Platform.Kernel.Database;
using Platform.Kernel.Time;
using Platform.Supervision.Watch;
using Platform.Testing;

namespace Platform.Supervision.Tests;

/// <summary>A demo host with a clock the test moves; the scheduled watch runs rarely unless a test asks otherwise.</summary>
internal sealed class SupervisionHost : IAsyncDisposable
{
    private SupervisionHost(PlatformTestHost host, TestClock clock)
    {
        Host = host;
        Clock = clock;
    }

    public PlatformTestHost Host { get; }
    public TestClock Clock { get; }

    public T Get<T>() where T : notnull => Host.Services.GetRequiredService<T>();

    public static async Task<SupervisionHost> StartAsync(TestClock clock, params string[] settings)
    {
        var host = await PlatformTestHost.StartAsync("demo", b => b.RegisterInstance(clock).As<IClock>(),
            ["--Supervision:WatchSeconds=86400", "--Identity:FailedSignInsPerAddress=100000", "--Identity:TrackingPerMinute=100000", "--Identity:CreatePerMinute=100000", .. settings]);
        return new SupervisionHost(host, clock);
    }

    public Task<int> WatchAsync() => Get<DeadlineWatch>().RunAsync(CancellationToken.None);

    public Task<Guid> OpenDeadlineAsync(string region, string subjectType, string subjectId, DateTimeOffset start, TimeLimit limit) =>
        Get<ITransactionRunner>().RunAsync(tx => Get<IDeadlineRegistry>().OpenAsync(tx, new OpenDeadline(region, subjectType, subjectId, start, limit),
            CancellationToken.None), CancellationToken.None);

    public Task<DeadlineState> DeadlineAsync(Guid id) =>
        Get<ITransactionRunner>().RunAsync(tx => Get<IDeadlineRegistry>().GetAsync(tx, id, CancellationToken.None), CancellationToken.None);

    /// <summary>The levels raised for a deadline, in the order raised.</summary>
    public async Task<List<string>> LevelsAsync(Guid deadlineId)
    {
        await using var connection = await Get<NpgsqlDataSource>().OpenConnectionAsync();
        return (await connection.QueryAsync<string>("SELECT level FROM supervision.warnings WHERE deadline_id = @deadlineId ORDER BY raised_at, level",
            new { deadlineId })).ToList();
    }

    public async Task<T> ScalarAsync<T>(string sql, object? args = null)
    {
        await using var connection = await Get<NpgsqlDataSource>().OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<T>(sql, args) ?? throw new InvalidOperationException("No value.");
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}

using System.Diagnostics;
using Dapper;
using Npgsql;
using Platform.Kernel.Database;

namespace Platform.Host.Hosting;

/// <summary>Brings the database up to the modules: migrations in dependency order, then each module's seed.</summary>
internal sealed class PlatformStartup(PlatformComposition composition, Migrator migrator, NpgsqlDataSource dataSource,
    IServiceProvider services, ILogger<PlatformStartup> logger)
{
    private const long SeedLockKey = 0x504C_4154_5345_4544; // "PLATSEED"

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Deployment {Deployment}: modules {Modules}; plugins {Plugins}",
            composition.Deployment.Name,
            string.Join(", ", composition.Modules.Where(m => !composition.IsPlugin(m)).Select(m => $"{m.Name} {m.Version}")),
            composition.Plugins.Count == 0 ? "none" : string.Join(", ", composition.Plugins.Select(p => $"{p.Name} {p.Version}")));
        var scripts = composition.Modules.SelectMany(m => m.Migrations).ToList();
        var applied = await migrator.ApplyAsync(scripts, cancellationToken);
        logger.LogInformation("Database schema up to date ({Applied} migrations applied now, {Total} known)", applied.Count, scripts.Count);
    }

    /// <summary>Seeds under a lock so two hosts starting together do not race; each seed is idempotent.</summary>
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync("SELECT pg_advisory_lock(@SeedLockKey)", new { SeedLockKey });
        try
        {
            foreach (var module in composition.Modules)
            {
                var started = Stopwatch.GetTimestamp();
                await module.SeedAsync(services, cancellationToken);
                logger.LogDebug("Seeded {Module} in {Elapsed:F0} ms", module.Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
        finally
        {
            await connection.ExecuteAsync("SELECT pg_advisory_unlock(@SeedLockKey)", new { SeedLockKey });
        }
    }
}

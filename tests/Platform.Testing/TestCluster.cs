using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Platform.Host.Database;
using Platform.Host.Hosting;

namespace Platform.Testing;

/// <summary>
/// One throwaway PostgreSQL cluster per test process, started with the host's own embedded-database
/// code. Each test (or test host) takes a fresh database of its own, so no test sees another's rows.
/// A test cluster keeps nothing past its process, so it runs without durability (no fsync, no synchronous
/// commit), and a host's database is cloned from a template migrated once per deployment instead of
/// running every migration again.
/// </summary>
public static class TestCluster
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "platform-tests", Guid.NewGuid().ToString("N")[..12]);

    private static readonly Lazy<Task<EmbeddedPostgres>> Cluster = new(StartAsync);

    public static Task<EmbeddedPostgres> ServerAsync() => Cluster.Value;

    private static readonly ConcurrentDictionary<string, Lazy<Task<string>>> Templates = new();

    public static async Task<string> CreateDatabaseAsync()
    {
        var server = await Cluster.Value;
        var name = NewDatabaseName();
        await server.EnsureDatabaseAsync(name, CancellationToken.None);
        return server.ConnectionString(name);
    }

    /// <summary>A fresh database whose schema is already that of <paramref name="deployment"/> with these host settings; not seeded.</summary>
    public static async Task<string> CreateMigratedDatabaseAsync(string deployment, IReadOnlyList<string> settings)
    {
        var key = deployment + "\n" + string.Join("\n", settings);
        var template = await Templates.GetOrAdd(key, _ => new Lazy<Task<string>>(() => MigrateTemplateAsync(deployment, settings))).Value;
        var server = await Cluster.Value;
        var name = NewDatabaseName();
        await using var connection = new NpgsqlConnection(server.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE {template}", connection);
        await create.ExecuteNonQueryAsync();
        return server.ConnectionString(name);
    }

    private static async Task<string> MigrateTemplateAsync(string deployment, IReadOnlyList<string> settings)
    {
        var server = await Cluster.Value;
        var name = "template_" + Guid.NewGuid().ToString("N")[..16];
        await server.EnsureDatabaseAsync(name, CancellationToken.None);
        await PlatformApp.MigrateSchemaAsync(
        [
            $"--ConnectionStrings:Platform={server.ConnectionString(name)}",
            $"--Platform:Deployment={deployment}",
            "--environment=Testing",
            "--Logging:LogLevel:Default=Warning",
            .. settings,
        ]);
        return name;
    }

    private static string NewDatabaseName() => "t_" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>A directory under the test root that is removed with the cluster.</summary>
    public static string NewDirectory(string purpose)
    {
        var path = Path.Combine(OwnedRoot.Value, $"{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>
    /// The test root, created with the id of the process that owns it: test projects run side by side, and another
    /// process's sweep must tell a live run (which may have no cluster yet, or a database of its own) from an abandoned one.
    /// </summary>
    private static readonly Lazy<string> OwnedRoot = new(() =>
    {
        Directory.CreateDirectory(Root);
        File.WriteAllText(Path.Combine(Root, OwnerFile), Environment.ProcessId.ToString());
        return Root;
    });

    private const string OwnerFile = "owner.pid";

    /// <summary>Removes what earlier test processes left when they were stopped before cleaning up.</summary>
    private static void SweepAbandonedRuns()
    {
        var parent = Path.GetDirectoryName(Root)!;
        if (!Directory.Exists(parent)) return;
        foreach (var run in Directory.GetDirectories(parent))
        {
            var live = Alive(Path.Combine(run, OwnerFile)) || Alive(Path.Combine(run, "cluster", "postgres", "postmaster.pid"));
            if (live || Directory.GetCreationTimeUtc(run) > DateTime.UtcNow.AddMinutes(-1)) continue;
            try
            {
                Directory.Delete(run, recursive: true);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                // Another test process may be removing it at the same moment.
            }
        }
    }

    private static bool Alive(string pidFile) =>
        File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var pid) && Directory.Exists($"/proc/{pid}");

    private static async Task WithoutDurabilityAsync(EmbeddedPostgres server)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString("postgres"));
        await connection.OpenAsync();
        foreach (var setting in new[] { "fsync", "synchronous_commit", "full_page_writes" })
        {
            await using var alter = new NpgsqlCommand($"ALTER SYSTEM SET {setting} = off", connection);
            await alter.ExecuteNonQueryAsync();
        }

        await using var reload = new NpgsqlCommand("SELECT pg_reload_conf()", connection);
        await reload.ExecuteNonQueryAsync();
    }

    private static async Task<EmbeddedPostgres> StartAsync()
    {
        SweepAbandonedRuns();
        var server = await EmbeddedPostgres.StartAsync(Path.Combine(OwnedRoot.Value, "cluster"), null, NullLogger.Instance, CancellationToken.None);
        await WithoutDurabilityAsync(server);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A server of a test that stopped abnormally may still hold files; CI removes the folder.
            }
        };
        return server;
    }
}

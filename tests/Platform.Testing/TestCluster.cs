using Microsoft.Extensions.Logging.Abstractions;
using Platform.Host.Database;

namespace Platform.Testing;

/// <summary>
/// One throwaway PostgreSQL cluster per test process, started with the host's own embedded-database
/// code. Each test (or test host) takes a fresh database of its own, so no test sees another's rows.
/// </summary>
public static class TestCluster
{
    private static readonly Lazy<Task<EmbeddedPostgres>> Cluster = new(StartAsync);

    public static Task<EmbeddedPostgres> ServerAsync() => Cluster.Value;

    public static async Task<string> CreateDatabaseAsync()
    {
        var server = await Cluster.Value;
        var name = "t_" + Guid.NewGuid().ToString("N")[..16];
        await server.EnsureDatabaseAsync(name, CancellationToken.None);
        return server.ConnectionString(name);
    }

    /// <summary>A directory under the test root that is removed with the cluster.</summary>
    public static string NewDirectory(string purpose)
    {
        var path = Path.Combine(Root, $"{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Removes what earlier test processes left when they were stopped before cleaning up.</summary>
    private static void SweepAbandonedRuns()
    {
        var parent = Path.GetDirectoryName(Root)!;
        if (!Directory.Exists(parent)) return;
        foreach (var run in Directory.GetDirectories(parent))
        {
            var pidFile = Path.Combine(run, "cluster", "postgres", "postmaster.pid");
            var alive = File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var pid)
                                             && Directory.Exists($"/proc/{pid}");
            if (alive || Directory.GetCreationTimeUtc(run) > DateTime.UtcNow.AddMinutes(-1)) continue;
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

    private static readonly string Root = Path.Combine(Path.GetTempPath(), "platform-tests", Guid.NewGuid().ToString("N")[..12]);

    private static async Task<EmbeddedPostgres> StartAsync()
    {
        SweepAbandonedRuns();
        var server = await EmbeddedPostgres.StartAsync(Path.Combine(Root, "cluster"), null, NullLogger.Instance, CancellationToken.None);
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

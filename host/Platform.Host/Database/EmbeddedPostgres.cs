using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Platform.Host.Database;

/// <summary>
/// A private PostgreSQL cluster run from the machine's binaries: initialised on first use under
/// the data directory, listening on 127.0.0.1 only with a generated password on a port kept in its
/// configuration, reused with its data on the next start. A process that finds it running (a verb beside
/// a serving host) uses it and leaves it running; on dispose only the process that started it stops it.
/// </summary>
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    private const string User = "platform";
    private readonly string clusterDirectory;
    private readonly string binDirectory;
    private readonly ProcessRunner runner;
    private readonly ClusterOwner owner;
    private readonly ILogger logger;

    private EmbeddedPostgres(string root, string binDirectory, ProcessRunner runner, ILogger logger)
    {
        clusterDirectory = Path.Combine(root, "postgres");
        owner = new ClusterOwner(root);
        this.binDirectory = binDirectory;
        this.runner = runner;
        this.logger = logger;
    }

    public int Port { get; private set; }

    public string Password { get; private set; } = "";

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1", Port = Port, Username = User, Password = Password, Database = database,
    }.ConnectionString;

    /// <summary>Starts (initialising if needed) the cluster under <paramref name="dataDirectory"/>/postgres.</summary>
    public static async Task<EmbeddedPostgres> StartAsync(string dataDirectory, string? configuredBinDirectory, ILogger logger, CancellationToken cancellationToken)
    {
        var binDirectory = PostgresBinaries.Find(configuredBinDirectory)
            ?? throw new EmbeddedPostgresException(PostgresBinaries.MissingMessage);
        var root = Path.GetFullPath(dataDirectory);
        Directory.CreateDirectory(root);
        var server = new EmbeddedPostgres(root, binDirectory, ProcessRunner.ForCurrentUser(), logger);
        await server.InitialiseIfNewAsync(root, cancellationToken);
        await server.StartOrAdoptAsync(cancellationToken);
        return server;
    }

    public async Task EnsureDatabaseAsync(string database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null) return;
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"")}\"", connection);
        await create.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Stops the server; used by tests to see the platform answer while its database is away.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        var (exitCode, output) = await runner.RunAsync(Tool("pg_ctl"), ["stop", "-D", clusterDirectory, "-m", "fast", "-w"], cancellationToken);
        if (exitCode != 0 && !output.Contains("not running", StringComparison.OrdinalIgnoreCase))
            logger.LogWarning("Stopping the embedded PostgreSQL failed: {Output}", output);
    }

    public Task StartAgainAsync(CancellationToken cancellationToken = default) => StartOrAdoptAsync(cancellationToken);

    /// <summary>The running postmaster's process id (first line of postmaster.pid) when it is alive; null when the cluster is down.</summary>
    public int? PostmasterId()
    {
        var pidFile = Path.Combine(clusterDirectory, "postmaster.pid");
        if (!File.Exists(pidFile)) return null;
        try
        {
            if (!int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var pid)) return null;
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return process.HasExited ? null : pid;
        }
        catch (Exception error) when (error is ArgumentException or IOException)
        {
            return null;
        }
    }

    /// <summary>A serving host takes over a cluster whose starter is gone (a host that was killed), so it stops it on exit.</summary>
    public void TakeOverIfAbandoned()
    {
        if (owner.IsGone && PostmasterId() is not null) owner.BecomeThisProcess();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (!owner.IsThisProcess) return;
        await StopAsync();
        owner.Forget();
    }

    private string Tool(string name) => Path.Combine(binDirectory, name);

    private async Task InitialiseIfNewAsync(string root, CancellationToken cancellationToken)
    {
        var passwordFile = Path.Combine(root, "postgres.password");
        if (File.Exists(Path.Combine(clusterDirectory, "PG_VERSION")))
        {
            Password = (await File.ReadAllTextAsync(passwordFile, cancellationToken)).Trim();
            return;
        }

        logger.LogInformation("Initialising the embedded PostgreSQL cluster in {Directory}", clusterDirectory);
        Password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        await File.WriteAllTextAsync(passwordFile, Password, cancellationToken);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        if (Directory.Exists(clusterDirectory)) Directory.Delete(clusterDirectory, recursive: true);
        Directory.CreateDirectory(clusterDirectory);
        var initPasswordFile = Path.Combine(clusterDirectory, "..", $"initdb-{Guid.NewGuid():N}.pw");
        await File.WriteAllTextAsync(initPasswordFile, Password, cancellationToken);
        try
        {
            await runner.HandOverAsync(clusterDirectory, cancellationToken);
            await runner.HandOverAsync(initPasswordFile, cancellationToken);
            var (exitCode, output) = await runner.RunAsync(Tool("initdb"),
                ["-D", clusterDirectory, "-U", User, "--pwfile", Path.GetFullPath(initPasswordFile),
                 "--auth", "scram-sha-256", "-E", "UTF8", "--locale", "C.UTF-8"], cancellationToken);
            if (exitCode != 0)
                throw new EmbeddedPostgresException($"initdb failed in {clusterDirectory}: {output}");
        }
        finally
        {
            File.Delete(initPasswordFile);
        }

        await File.AppendAllTextAsync(Path.Combine(clusterDirectory, "postgresql.conf"),
            "\n# Written by the platform: loopback only, no unix socket.\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = ''\n",
            cancellationToken);
    }

    private async Task StartOrAdoptAsync(CancellationToken cancellationToken)
    {
        var (status, _) = await runner.RunAsync(Tool("pg_ctl"), ["status", "-D", clusterDirectory], cancellationToken);
        if (status == 0 && RunningPort() is { } runningPort)
        {
            Port = runningPort;
            logger.LogInformation("Reusing the embedded PostgreSQL already running on 127.0.0.1:{Port}", Port);
            return;
        }

        var port = ClusterPort.Choose(clusterDirectory);
        if (Port != 0 && port != Port)
            logger.LogError("Port {Port} of the embedded PostgreSQL is taken by another program; it moves to {NewPort} and this host must be restarted", Port, port);
        Port = port;
        var (exitCode, output) = await runner.RunAsync(Tool("pg_ctl"),
            ["start", "-D", clusterDirectory, "-w", "-t", "120", "-l", Path.Combine(clusterDirectory, "server.log")], cancellationToken);
        if (exitCode != 0)
        {
            // Another process may have started it at the same moment: then it is running, and used as found.
            if (RunningPort() is { } racedPort && PostmasterId() is not null)
            {
                Port = racedPort;
                return;
            }

            throw new EmbeddedPostgresException($"The embedded PostgreSQL in {clusterDirectory} did not start: {output}");
        }

        owner.BecomeThisProcess();
        logger.LogInformation("Embedded PostgreSQL listening on 127.0.0.1:{Port} (data in {Directory})", Port, clusterDirectory);
    }

    /// <summary>The fourth line of postmaster.pid is the port the running server listens on.</summary>
    private int? RunningPort()
    {
        var pidFile = Path.Combine(clusterDirectory, "postmaster.pid");
        if (!File.Exists(pidFile)) return null;
        var lines = File.ReadAllLines(pidFile);
        return lines.Length > 3 && int.TryParse(lines[3].Trim(), out var port) ? port : null;
    }
}

public sealed class EmbeddedPostgresException(string message) : Exception(message);

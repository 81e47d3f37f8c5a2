using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Platform.Host.Database;

/// <summary>
/// A private PostgreSQL cluster run from the machine's binaries: initialised on first use under
/// the data directory, listening on 127.0.0.1 only with a generated password, reused with its
/// data on the next start (adopted if a crashed host left it running), stopped on dispose.
/// </summary>
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    private const string User = "platform";
    private readonly string clusterDirectory;
    private readonly string binDirectory;
    private readonly ProcessRunner runner;
    private readonly ILogger logger;

    private EmbeddedPostgres(string clusterDirectory, string binDirectory, ProcessRunner runner, ILogger logger)
    {
        this.clusterDirectory = clusterDirectory;
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
        var server = new EmbeddedPostgres(Path.Combine(root, "postgres"), binDirectory, ProcessRunner.ForCurrentUser(), logger);
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

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await StopAsync();
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

        // A restart keeps the port, so connection strings handed out before stay valid.
        if (Port == 0) Port = FreePort();
        var (exitCode, output) = await runner.RunAsync(Tool("pg_ctl"),
            ["start", "-D", clusterDirectory, "-w", "-t", "120", "-l", Path.Combine(clusterDirectory, "server.log"), "-o", $"-p {Port}"],
            cancellationToken);
        if (exitCode != 0)
            throw new EmbeddedPostgresException($"The embedded PostgreSQL in {clusterDirectory} did not start: {output}");
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public sealed class EmbeddedPostgresException(string message) : Exception(message);

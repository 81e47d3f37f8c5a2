using Platform.Host.Database;

namespace Platform.Host.Tests.Cli;

/// <summary>What an operator does to a host's embedded cluster from a shell: <c>pg_ctl stop</c> and <c>pg_ctl start</c>.</summary>
internal sealed class Operator(string dataDirectory)
{
    private readonly string cluster = Path.Combine(dataDirectory, "postgres");

    /// <summary>The postmaster's process id, from the first line of postmaster.pid; null when the cluster is down.</summary>
    public int? PostmasterPid()
    {
        var pidFile = Path.Combine(cluster, "postmaster.pid");
        return File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var pid) ? pid : null;
    }

    public Task<(int ExitCode, string Output)> StopAsync() => PgCtlAsync("stop", "-D", cluster, "-m", "fast", "-w");

    public Task<(int ExitCode, string Output)> StartAsync() =>
        PgCtlAsync("start", "-D", cluster, "-w", "-l", Path.Combine(cluster, "server.log"));

    private static Task<(int ExitCode, string Output)> PgCtlAsync(params string[] arguments)
    {
        var bin = PostgresBinaries.Find(null) ?? throw new InvalidOperationException(PostgresBinaries.MissingMessage);
        return ProcessRunner.ForCurrentUser().RunAsync(Path.Combine(bin, "pg_ctl"), arguments, CancellationToken.None);
    }
}

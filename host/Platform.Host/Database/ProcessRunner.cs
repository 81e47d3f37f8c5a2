using System.Diagnostics;

namespace Platform.Host.Database;

/// <summary>Runs a server tool, as the <c>postgres</c> OS user when we are root (initdb refuses root).</summary>
internal sealed class ProcessRunner(bool asPostgresUser)
{
    public static ProcessRunner ForCurrentUser() => new(Environment.UserName == "root");

    public bool AsPostgresUser { get; } = asPostgresUser;

    public async Task<(int ExitCode, string Output)> RunAsync(string executable, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var info = AsPostgresUser
            ? new ProcessStartInfo("runuser") { ArgumentList = { "-u", "postgres", "--", executable } }
            : new ProcessStartInfo(executable);
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.RedirectStandardInput = true;
        info.WorkingDirectory = "/";

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {executable}.");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, (await stdout + await stderr).Trim());
    }

    /// <summary>Gives a path we created to the postgres user, so the server can own its data.</summary>
    public async Task HandOverAsync(string path, CancellationToken cancellationToken)
    {
        if (!AsPostgresUser) return;
        var (exitCode, output) = await new ProcessRunner(false).RunAsync("chown", ["-R", "postgres:postgres", path], cancellationToken);
        if (exitCode != 0) throw new InvalidOperationException($"chown postgres {path} failed: {output}");
    }
}

using System.Diagnostics;

namespace Platform.Host.Database;

/// <summary>Finds the machine's PostgreSQL server binaries (initdb, pg_ctl).</summary>
internal static class PostgresBinaries
{
    public const string MissingMessage =
        "没有找到 PostgreSQL 服务器程序 / No PostgreSQL server binaries found (initdb, pg_ctl). Either install PostgreSQL " +
        "(Debian/Ubuntu: apt-get install -y postgresql) so the platform can run its embedded database, or point it at " +
        "an existing server with ConnectionStrings__Platform=\"Host=...;Database=...;Username=...;Password=...\".";

    public static string? Find(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
            return HasServer(configured) ? configured : null;

        var fromPgConfig = PgConfigBinDirectory();
        if (fromPgConfig is not null && HasServer(fromPgConfig)) return fromPgConfig;

        const string debianRoot = "/usr/lib/postgresql";
        if (!Directory.Exists(debianRoot)) return null;
        return Directory.GetDirectories(debianRoot)
            .Select(dir => (dir, version: int.TryParse(Path.GetFileName(dir), out var v) ? v : 0))
            .OrderByDescending(x => x.version)
            .Select(x => Path.Combine(x.dir, "bin"))
            .FirstOrDefault(HasServer);
    }

    private static bool HasServer(string directory) =>
        File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl"));

    private static string? PgConfigBinDirectory()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pg_config", "--bindir")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (process is null) return null;
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}

using System.Diagnostics;

namespace Platform.Cases.Tests.Reliability;

/// <summary>Runs a host command line verb to completion.</summary>
internal static class Cli
{
    public static async Task<(int ExitCode, string Output)> VerifyAuditAsync(IEnumerable<string> settings)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Platform.Host.dll"));
        info.ArgumentList.Add("audit");
        info.ArgumentList.Add("verify");
        foreach (var setting in settings) info.ArgumentList.Add(setting);
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }
}

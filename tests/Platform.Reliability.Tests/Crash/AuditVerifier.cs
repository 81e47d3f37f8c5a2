using System.Diagnostics;

namespace Platform.Reliability.Tests.Crash;

/// <summary>Runs the host's <c>audit verify</c> verb, which walks every region's hash chain.</summary>
internal static class AuditVerifier
{
    public static async Task<(int ExitCode, string Output)> VerifyAsync(IEnumerable<string> settings)
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

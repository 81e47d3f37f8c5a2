using System.Globalization;
using System.Net;

namespace Platform.Load;

/// <summary>
/// What a run does: the phases to run, how long and how hard. Every bound is explicit: a phase stops at its
/// duration or at its request budget, whichever comes first. Only loopback addresses are driven.
/// </summary>
internal sealed record LoadOptions
{
    public Uri? Url { get; init; }
    public string? Database { get; init; }
    public int Concurrency { get; init; } = 8;
    public TimeSpan PhaseDuration { get; init; } = TimeSpan.FromSeconds(30);
    public int MaxRequests { get; init; } = 50_000;
    public IReadOnlyList<string> Phases { get; init; } = ["load", "ceiling"];
    public IReadOnlyList<int> ScaleSizes { get; init; } = [10_000, 100_000, 1_000_000];
    public string ReportDirectory { get; init; } = "reports";

    /// <summary>Settings for the host the run starts, as <c>Key=Value</c> (for example <c>Platform:MaxConcurrentRequests=64</c>).</summary>
    public IReadOnlyList<string> HostSettings { get; init; } = [];

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{name} needs a value");
            i++;
            options = name switch
            {
                "--url" => options with { Url = Loopback(value) },
                "--db" => options with { Database = value },
                "--concurrency" => options with { Concurrency = Positive(name, value) },
                "--seconds" => options with { PhaseDuration = TimeSpan.FromSeconds(Positive(name, value)) },
                "--requests" => options with { MaxRequests = Positive(name, value) },
                "--phases" => options with { Phases = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--scale" => options with { ScaleSizes = value.Split(',').Select(v => Positive(name, v)).ToList() },
                "--reports" => options with { ReportDirectory = value },
                "--host-setting" => options with { HostSettings = [.. options.HostSettings, HostSetting(value)] },
                _ => throw new ArgumentException($"unknown option {name}"),
            };
        }

        return options;
    }

    /// <summary>The driver refuses any address that is not this machine: it is a measurement, never a weapon.</summary>
    public static Uri Loopback(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new ArgumentException($"--url must be an absolute http(s) address, not '{value}'");
        var loopback = uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
        if (!loopback) throw new ArgumentException($"--url must be a loopback address (127.0.0.1, ::1, localhost), not '{uri.Host}'");
        return uri;
    }

    private static string HostSetting(string value) =>
        value.IndexOf('=') > 0 ? $"--{value}" : throw new ArgumentException($"--host-setting must be Key=Value, not '{value}'");

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"{name} must be a positive whole number, not '{value}'");
}

namespace Platform.Load.Reporting;

/// <summary>The machine a measurement ran on, and how busy it was: numbers from a shared machine mean little without it.</summary>
internal sealed record Machine(int Cores, string Cpu, string LoadAverage)
{
    public static Machine Now() => new(Environment.ProcessorCount, CpuName(), LoadAverage1());

    private static string LoadAverage1() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string CpuName() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown"
            : "unknown";
}

using System.Diagnostics;

namespace Platform.Host.Database;

/// <summary>
/// <c>postgres.owner</c> beside the cluster: the id of the process that started the running cluster, so a process stops
/// only a cluster it started. A verb run beside a serving host finds the cluster running, uses it and leaves it alone.
/// </summary>
internal sealed class ClusterOwner(string root)
{
    private readonly string path = Path.Combine(root, "postgres.owner");

    public bool IsThisProcess => Recorded() == Environment.ProcessId;

    /// <summary>True when no live process is recorded: the cluster was left by a host that was killed.</summary>
    public bool IsGone => Recorded() is not { } pid || !IsAlive(pid);

    public void BecomeThisProcess() => File.WriteAllText(path, Environment.ProcessId.ToString());

    public void Forget()
    {
        if (IsThisProcess) File.Delete(path);
    }

    private int? Recorded() => File.Exists(path) && int.TryParse(File.ReadAllText(path).Trim(), out var pid) ? pid : null;

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}

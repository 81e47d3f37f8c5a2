namespace Platform.Kernel.Scheduling;

/// <summary>Work a module runs on a schedule. Jobs read their state from the database, so a missed run loses nothing.</summary>
public interface IScheduledJob
{
    Task RunAsync(CancellationToken cancellationToken);
}

using Platform.Kernel.Scheduling;

namespace Platform.Supervision.Watch;

/// <summary>The scheduled run of the deadline watch (every <c>Supervision:WatchSeconds</c>).</summary>
internal sealed class DeadlineWatchJob(DeadlineWatch watch) : IScheduledJob
{
    public Task RunAsync(CancellationToken cancellationToken) => watch.RunAsync(cancellationToken);
}

using Platform.Kernel.Scheduling;
using Quartz;

namespace Platform.Host.Scheduling;

/// <summary>Runs a module's <see cref="IScheduledJob"/>; never two runs of the same job at once.</summary>
[DisallowConcurrentExecution]
internal sealed class ScheduledJobAdapter<TJob>(TJob job) : IJob where TJob : class, IScheduledJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await job.RunAsync(cancellationToken);
}

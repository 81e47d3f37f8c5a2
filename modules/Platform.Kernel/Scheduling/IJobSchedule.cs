namespace Platform.Kernel.Scheduling;

/// <summary>Where a module declares its jobs; the host runs them on Quartz.NET (clustered when configured).</summary>
public interface IJobSchedule
{
    /// <summary>Runs <typeparamref name="TJob"/> on a Quartz cron expression, in Asia/Shanghai time.</summary>
    void Cron<TJob>(string name, string cronExpression) where TJob : class, IScheduledJob;

    /// <summary>Runs <typeparamref name="TJob"/> every <paramref name="interval"/>.</summary>
    void Every<TJob>(string name, TimeSpan interval) where TJob : class, IScheduledJob;
}

using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Kernel.Scheduling;
using Quartz;

namespace Platform.Host.Scheduling;

/// <summary>Turns the jobs modules declare into Quartz jobs and triggers (Asia/Shanghai time).</summary>
internal sealed class QuartzJobSchedule(IQuartzBuilder quartz, IServiceCollection services) : IJobSchedule
{
    public void Cron<TJob>(string name, string cronExpression) where TJob : class, IScheduledJob
    {
        var key = Add<TJob>(name);
        quartz.AddTrigger(t => t.ForJob(key).WithIdentity($"{name}.trigger")
            .WithCronSchedule(cronExpression, c => c.InTimeZone(Platform.Kernel.Time.BusinessTime.Zone)));
    }

    public void Every<TJob>(string name, TimeSpan interval) where TJob : class, IScheduledJob
    {
        var key = Add<TJob>(name);
        quartz.AddTrigger(t => t.ForJob(key).WithIdentity($"{name}.trigger").StartNow()
            .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever()));
    }

    private JobKey Add<TJob>(string name) where TJob : class, IScheduledJob
    {
        services.TryAddTransient<TJob>();
        var key = new JobKey(name, "platform");
        quartz.AddJob<ScheduledJobAdapter<TJob>>(j => j.WithIdentity(key).StoreDurably());
        return key;
    }
}

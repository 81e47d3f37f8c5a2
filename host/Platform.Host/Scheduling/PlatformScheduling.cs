using Platform.Host.Hosting;
using Quartz;

namespace Platform.Host.Scheduling;

internal static class PlatformScheduling
{
    /// <summary>
    /// Quartz with the modules' jobs: an in-memory store on one node, or, with <c>Scheduler:Clustered</c>,
    /// the AdoJobStore on the platform's PostgreSQL with clustering, so a trigger fires on one host only.
    /// </summary>
    public static IServiceCollection AddPlatformScheduling(this IServiceCollection services, IConfiguration configuration,
        PlatformComposition composition, string connectionString)
    {
        var options = SchedulerOptions.From(configuration);
        services.AddQuartz(quartz =>
        {
            if (options.Clustered) UseClusteredStore(quartz, options, connectionString);
            var schedule = new QuartzJobSchedule(quartz, services);
            foreach (var module in composition.Modules) module.ScheduleJobs(schedule);
        });
        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        return services;
    }

    private static void UseClusteredStore(IQuartzBuilder quartz, SchedulerOptions options, string connectionString)
    {
        // A random instance id: two hosts on one machine (or in one test process) stay two cluster nodes.
        quartz.ConfigureScheduler(scheduler =>
        {
            scheduler.InstanceName = SchedulerOptions.SchedulerName;
            scheduler.InstanceId = $"{Environment.MachineName}-{Guid.NewGuid():N}";
        });
        quartz.UsePersistentStore(store =>
        {
            store.UsePostgres(source => source.ConnectionString = connectionString);
            store.ConfigureStore(ado => ado.TablePrefix = SchedulerOptions.TablePrefix);
            store.UseSystemTextJsonSerializer();
            store.UseClustering(cluster => cluster.CheckinInterval = options.CheckinInterval);
        });
    }
}

using Platform.Host.Hosting;
using Quartz;

namespace Platform.Host.Scheduling;

internal static class PlatformScheduling
{
    public static IServiceCollection AddPlatformScheduling(this IServiceCollection services, IConfiguration configuration,
        PlatformComposition composition)
    {
        services.AddQuartz(quartz =>
        {
            var schedule = new QuartzJobSchedule(quartz, services);
            foreach (var module in composition.Modules) module.ScheduleJobs(schedule);
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }
}

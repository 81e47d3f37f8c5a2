using Autofac;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Calendar.Calendars;
using Platform.Calendar.Cli;
using Platform.Calendar.Contracts;
using Platform.Calendar.Deadlines;
using Platform.Calendar.RegionDays;
using Platform.Identity;
using Platform.Kernel;
using Platform.Kernel.Cli;
using Platform.Kernel.Modularity;

namespace Platform.Calendar;

/// <summary>Working-day calendars and deadline arithmetic, and the deadlines other modules keep. Owns the <c>calendar</c> schema.</summary>
[DependsOn(typeof(KernelModule), typeof(IdentityModule))]
public sealed class CalendarModule : PlatformModule
{
    public override string Schema => "calendar";

    public override string Title => "工作日历与期限";

    protected override void Load(ContainerBuilder builder)
    {
        var nationalFile = Path.Combine(Context.ConfigDirectory, "calendars", "CN.yaml");
        builder.Register(_ => NationalCalendarFile.Load(nationalFile)).SingleInstance();
        builder.RegisterInstance(CalendarOptions.From(Context.Configuration));
        builder.RegisterType<RegionDayStore>().SingleInstance();
        builder.RegisterType<CalendarIndexCache>().AsSelf().As<IWorkingCalendarProvider>().SingleInstance();
        builder.RegisterType<DeadlineRecompute>().SingleInstance();
        builder.RegisterType<DeadlineRegistry>().As<IDeadlineRegistry>().SingleInstance();
        builder.RegisterType<Watch.DeadlineWatchSource>().As<IDeadlineWatchSource>().SingleInstance();
        builder.RegisterType<RegionCalendarAdmin>().As<IRegionCalendarAdmin>().SingleInstance();
        builder.RegisterType<NationalCalendarSync>().SingleInstance();
        builder.RegisterType<CalendarDeadlineVerb>().As<ICliVerb>().SingleInstance();
        builder.RegisterType<Menu.CalendarMenu>().As<Platform.Identity.Contracts.IMenuContributor>().SingleInstance();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapCalendarApi();

    /// <summary>Recomputes open deadlines when CN.yaml gained or corrected a year since the last start.</summary>
    public override Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<NationalCalendarSync>().SyncAsync(cancellationToken);
}

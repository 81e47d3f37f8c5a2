using Autofac;
using Microsoft.AspNetCore.Routing;
using Platform.Calendar;
using Platform.Cases;
using Platform.Cases.Contracts;
using Platform.Identity;
using Platform.Identity.Contracts;
using Platform.Kernel;
using Platform.Kernel.Modularity;
using Platform.Kernel.Scheduling;
using Platform.Supervision.Api;
using Platform.Supervision.Contracts;
using Platform.Supervision.Evaluations;
using Platform.Supervision.Indicators;
using Platform.Supervision.Notices;
using Platform.Supervision.Notifications;
using Platform.Supervision.Orders;
using Platform.Supervision.Statistics;
using Platform.Supervision.Watch;

namespace Platform.Supervision;

/// <summary>
/// Electronic supervision (电子监察): the deadline watch and its warnings, inboxes and outbound notifications,
/// supervision orders (督办), evaluations (好差评) and rectifications, statistics and programme indicators.
/// Owns the <c>supervision</c> schema, and creates the <c>quartz</c> schema the clustered scheduler uses.
/// </summary>
[DependsOn(typeof(KernelModule), typeof(CalendarModule), typeof(IdentityModule), typeof(CasesModule))]
public sealed class SupervisionModule : PlatformModule
{
    public override string Schema => "supervision";

    public override string Title => "电子监察与好差评";

    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterInstance(SupervisionOptions.From(Context.Configuration));
        builder.RegisterSingletonsAsSelf(
            typeof(DeadlineWatch), typeof(WarningSubjects), typeof(InboxWriter), typeof(OutboundDispatcher), typeof(Inbox),
            typeof(SupervisionAccess), typeof(WarningQueries), typeof(SupervisionOrders), typeof(EvaluationService),
            typeof(Rectifications), typeof(RectificationQueries), typeof(StatisticsQueries), typeof(ProgrammeIndicators),
            typeof(NoticeTemplates), typeof(CaseNoticeWriter));
        builder.RegisterSingletonsAsSelf(typeof(CaseRatings));
        builder.RegisterType<RecordingNotificationSender>().AsSelf().As<INotificationSender>().SingleInstance();
        builder.RegisterType<CaseStatisticsObserver>().As<ICaseStepWriter>().SingleInstance();
        foreach (var copy in Watch.DueDateCopy.All) builder.RegisterInstance(copy).As<Platform.Calendar.Contracts.IDeadlineObserver>();
        builder.RegisterType<CaseNoticeObserver>().As<ICaseStepWriter>().SingleInstance();
        builder.RegisterType<Menu.SupervisionMenu>().As<IMenuContributor>().SingleInstance();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapSupervisionApi();

    public override void ScheduleJobs(IJobSchedule jobs)
    {
        var options = SupervisionOptions.From(Context.Configuration);
        jobs.Every<DeadlineWatchJob>("supervision.deadline-watch", options.WatchInterval);
        jobs.Every<OutboundDispatchJob>("supervision.outbound", options.OutboundInterval);
    }
}

using Autofac;
using Microsoft.AspNetCore.Routing;
using Platform.Cases;
using Platform.Cases.Contracts;
using Platform.Exchange.Api;
using Platform.Exchange.Outbox;
using Platform.Exchange.Province;
using Platform.Exchange.Reconciliation;
using Platform.Exchange.Transfer;
using Platform.Identity;
using Platform.Identity.Contracts;
using Platform.Kernel;
using Platform.Kernel.Cli;
using Platform.Kernel.Modularity;
using Platform.Kernel.Scheduling;
using Platform.Projects;
using Platform.Projects.Contracts;

namespace Platform.Exchange;

/// <summary>
/// The provincial data exchange (前置库): construction projects, their stages and member cases are written to an outbox in
/// the changing transaction and copied to the province's staging schema (<c>province_staging</c>) by a job, with the
/// province's answers, retries and a reconciliation report. Owns the <c>exchange</c> schema and creates <c>province_staging</c>.
/// </summary>
[DependsOn(typeof(KernelModule), typeof(IdentityModule), typeof(CasesModule), typeof(ProjectsModule))]
public sealed class ExchangeModule : PlatformModule
{
    public override string Schema => "exchange";

    public override string Title => "省级数据交换";

    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterInstance(ExchangeOptions.From(Context.Configuration));
        builder.RegisterSingletonsAsSelf(typeof(StagingTransfer), typeof(FakeProvince), typeof(Reconciler));
        builder.RegisterType<StagingWriter>().As<IStagingWriter>().SingleInstance();
        builder.RegisterType<ProjectReporter>().As<IProjectObserver>().SingleInstance();
        builder.RegisterType<CaseReporter>().As<ICaseStepObserver>().SingleInstance();
        builder.RegisterType<Cli.ExchangeReconcileVerb>().As<ICliVerb>().SingleInstance();
        builder.RegisterType<Menu.ExchangeMenu>().As<IMenuContributor>().SingleInstance();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapExchangeApi();

    public override void ScheduleJobs(IJobSchedule jobs)
    {
        var options = ExchangeOptions.From(Context.Configuration);
        if (options.TransferEnabled) jobs.Every<StagingTransferJob>("exchange.transfer", options.TransferInterval);
        if (options.FakeProvinceEnabled) jobs.Every<FakeProvinceJob>("exchange.fake-province", options.FakeProvinceInterval);
    }
}

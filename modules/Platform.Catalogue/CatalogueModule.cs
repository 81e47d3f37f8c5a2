using Microsoft.Extensions.Configuration;
using Autofac;
using Microsoft.AspNetCore.Routing;
using Platform.Calendar;
using Platform.Catalogue.Api;
using Platform.Catalogue.Contracts;
using Platform.Catalogue.Exchange;
using Platform.Catalogue.Matters;
using Platform.Catalogue.Seeding;
using Platform.Catalogue.Versions;
using Platform.Identity;
using Platform.Kernel;
using Platform.Kernel.Modularity;
using Platform.Kernel.Scheduling;

namespace Platform.Catalogue;

/// <summary>The matter catalogue: matters, materials, time limits, versions, import and export. Owns the <c>catalogue</c> schema.</summary>
[DependsOn(typeof(KernelModule), typeof(IdentityModule), typeof(CalendarModule))]
public sealed class CatalogueModule : PlatformModule
{
    public override string Schema => "catalogue";

    public override string Title => "事项目录";

    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<CatalogueReader>().As<ICatalogue>().SingleInstance();
        builder.RegisterType<CatalogueSeeder>().As<ICatalogueSeeder>().SingleInstance();
        builder.RegisterType<UnitCodes>().SingleInstance();
        builder.RegisterType<MatterAdmin>().SingleInstance();
        builder.RegisterType<CatalogueExchange>().SingleInstance();
        builder.RegisterType<ImportJobs>().SingleInstance();
        builder.RegisterType<ImportRunner>().SingleInstance();
        builder.RegisterType<ImportResumeJob>().SingleInstance();
        builder.RegisterType<Menu.CatalogueMenu>().As<Platform.Identity.Contracts.IMenuContributor>().SingleInstance();
    }

    public override void ScheduleJobs(IJobSchedule jobs) =>
        jobs.Every<ImportResumeJob>("catalogue.import-resume",
            TimeSpan.FromSeconds(Context.Configuration.GetValue("Catalogue:ImportResumeSeconds", 60)));

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPublicCatalogueApi();
        endpoints.MapAdminCatalogueApi();
    }
}

using Autofac;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Calendar;
using Platform.Cases;
using Platform.Cases.Contracts;
using Platform.Catalogue;
using Platform.Catalogue.Contracts;
using Platform.Identity;
using Platform.Identity.Contracts;
using Platform.Kernel.Modularity;
using Platform.Kernel.Seeding;
using Platform.Plugins.Yandu.Agents;
using Platform.Plugins.Yandu.Inspections;
using Platform.Plugins.Yandu.NoFace;
using Platform.Plugins.Yandu.Sharing;
using Platform.Projects;
using Platform.Projects.Contracts;

namespace Platform.Plugins.Yandu;

/// <summary>
/// The 盐都 不见面审批 programme for 盐都区 (320903): the published no-face list, materials shared from the province
/// e-licence library, the agent service (代办), double-random inspections (双随机一公开) and its industrial construction
/// projects, whose zones' regional assessments (区域评估) the projects module shares.
/// </summary>
[DependsOn(typeof(IdentityModule), typeof(CatalogueModule), typeof(CalendarModule), typeof(CasesModule), typeof(ProjectsModule))]
public sealed class YanduModule : PlatformModule
{
    public const string RegionCode = "320903";

    public override string Schema => "yandu";

    public override string Title => "盐都 不见面审批";

    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterSingletonsAsSelf(
            typeof(NoFaceList), typeof(OnlineRates), typeof(AgentCatalogue), typeof(AgentAssignments), typeof(InspectionPlans), typeof(InspectionResults));
        builder.RegisterType<ProvinceLicenceLibrary>().As<IELicenceExchange>().SingleInstance();
        builder.RegisterType<NoFaceSignatureCheck>().As<IAcceptanceCheck>().SingleInstance();
        builder.RegisterType<YanduMenu>().As<IMenuContributor>().SingleInstance();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapYanduApi();

    /// <summary>Seeds the organisation tree first: the catalogue's matters name its units as implementing bodies; the no-face list is built from the catalogue.</summary>
    public override async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var assembly = typeof(YanduModule).Assembly;
        await RegionSeed.SeedOrganisationAndCatalogueAsync(services, assembly, RegionCode, cancellationToken);
        await services.GetRequiredService<IProjectSeeder>().SeedAsync(RegionCode, EmbeddedText.Read(assembly, "Seed/projects.yaml"), cancellationToken);
        await services.GetRequiredService<AgentCatalogue>().SeedAsync(RegionCode, cancellationToken);
        await services.GetRequiredService<InspectionPlans>().SeedInspectorsAsync(RegionCode, cancellationToken);
        var list = services.GetRequiredService<NoFaceList>();
        if (!await list.PublishedAsync(RegionCode, cancellationToken)) await list.PublishAsync(RegionCode, "首次启动发布", cancellationToken);
    }
}

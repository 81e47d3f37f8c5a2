using Autofac;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Calendar;
using Platform.Calendar.Contracts;
using Platform.Catalogue;
using Platform.Catalogue.Contracts;
using Platform.Identity;
using Platform.Identity.Contracts;
using Platform.Kernel.Modularity;
using Platform.Kernel.Seeding;
using Platform.Plugins.Heshan.Admission;
using Platform.Plugins.Heshan.Documents;
using Platform.Plugins.Heshan.KeyProjects;
using Platform.Plugins.Heshan.Policies;
using Platform.Plugins.Heshan.Shared;
using Platform.Projects;
using Platform.Projects.Contracts;

namespace Platform.Plugins.Heshan;

/// <summary>
/// The 鹤山 集成审批 programme for 鹤山市 (440784): single-document routing (一文直办), project admission
/// with scoring (项目准入), key-project tracking (一表直跟), the policy calculator (政策兑现计算器) and its industrial and
/// logistics construction projects, which may go through simulated approval (模拟审批) in the projects module.
/// Owns the <c>heshan</c> schema.
/// </summary>
[DependsOn(typeof(IdentityModule), typeof(CatalogueModule), typeof(CalendarModule), typeof(ProjectsModule))]
public sealed class HeshanModule : PlatformModule
{
    public const string RegionCode = "440784";

    public override string Schema => "heshan";

    public override string Title => "鹤山 集成审批";

    protected override void Load(ContainerBuilder builder)
    {
        foreach (var type in new[]
                 {
                     typeof(HeshanAccess), typeof(Deadlines), typeof(UnitNames), typeof(FileDocument), typeof(RouteSteps), typeof(DocumentQueries),
                     typeof(ScoringModels), typeof(FileAdmission), typeof(AdmissionSteps), typeof(AdmissionQueries),
                     typeof(KeyProjectFlows), typeof(KeyProjectSteps), typeof(KeyProjectQueries),
                     typeof(PolicyLibrary), typeof(EnterpriseProfiles), typeof(CalculatorAccess),
                 })
            builder.RegisterType(type).AsSelf().InstancePerLifetimeScope();
        foreach (var (subject, table) in new[]
                 {
                     (DeadlineSubjects.Opinion, "document_steps"), (DeadlineSubjects.SignOff, "document_steps"), (DeadlineSubjects.Action, "document_steps"),
                     (DeadlineSubjects.Admission, "admissions"), (DeadlineSubjects.AdmissionOpinion, "admission_opinions"),
                     (DeadlineSubjects.KeyProjectStage, "key_project_stages"),
                 })
            builder.Register(_ => new DueDateCopies(subject, table)).As<IDeadlineObserver>().SingleInstance();
        builder.RegisterType<Menu.HeshanMenu>().As<IMenuContributor>().SingleInstance();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDocumentApi();
        endpoints.MapAdmissionApi();
        endpoints.MapKeyProjectApi();
        endpoints.MapPolicyApi();
    }

    /// <summary>Seeds the organisation tree first: the catalogue's matters name its units as implementing bodies.</summary>
    public override async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var assembly = typeof(HeshanModule).Assembly;
        await RegionSeed.SeedOrganisationAndCatalogueAsync(services, assembly, RegionCode, cancellationToken);
        await services.GetRequiredService<ScoringModels>().SeedAsync(cancellationToken);
        await services.GetRequiredService<IProjectSeeder>().SeedAsync(RegionCode, EmbeddedText.Read(assembly, "Seed/projects.yaml"), cancellationToken);
    }
}

using Autofac;
using Microsoft.AspNetCore.Routing;
using Platform.Bundles;
using Platform.Calendar;
using Platform.Cases;
using Platform.Cases.Contracts;
using Platform.Catalogue;
using Platform.Identity;
using Platform.Identity.Contracts;
using Platform.Kernel;
using Platform.Kernel.Modularity;
using Platform.Projects.Api;
using Platform.Projects.Categories;
using Platform.Projects.Contracts;
using Platform.Projects.Credit;
using Platform.Projects.Intermediaries;
using Platform.Projects.Register;
using Platform.Projects.Seeding;
using Platform.Projects.Stages;
using Platform.Supervision;
using Platform.Supervision.Contracts;

namespace Platform.Projects;

/// <summary>Construction projects (工程建设项目): categories, four stages, parallel member cases, the whole-chain clock. Owns the <c>projects</c> schema.</summary>
[DependsOn(typeof(KernelModule), typeof(CalendarModule), typeof(IdentityModule), typeof(CatalogueModule), typeof(CasesModule), typeof(BundlesModule), typeof(SupervisionModule))]
public sealed class ProjectsModule : PlatformModule
{
    public override string Schema => "projects";

    public override string Title => "工程建设项目";

    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterSingletonsAsSelf(
            typeof(CategoryStore), typeof(CreditRegister), typeof(IntermediaryStore), typeof(CreateProject), typeof(AssignAgent),
            typeof(FileStage), typeof(AcceptStage), typeof(StageCompletion), typeof(MemberMaterials), typeof(ProjectAccess),
            typeof(Intake.StageIntake), typeof(ProjectListing), typeof(RefileMember), typeof(Sharing.SharedSources),
            typeof(JointReviews.JointReviewOpening), typeof(JointReviews.RecordOpinion), typeof(Sharing.RecordSharedResult),
            typeof(CreditAdmin.CreditListAdmin), typeof(Simulated.SimulatedApproval), typeof(Simulated.IssueOnLandContract),
            typeof(Observers.ProjectObservers));
        builder.RegisterSingletonsAsSelf(typeof(IntermediaryMatterStore), typeof(ServiceStore), typeof(CommissionService), typeof(RecordReport),
            typeof(RateFirm));
        builder.RegisterType<IntermediaryReports>().As<IELicenceExchange>().SingleInstance();
        builder.RegisterType<OverdueServices>().As<IWarningSubjectDescriber>().SingleInstance();
        builder.RegisterType<ServiceDueDates>().As<Platform.Calendar.Contracts.IDeadlineObserver>().SingleInstance();
        builder.RegisterType<ProjectViews>().As<IProjectReader>().SingleInstance();
        builder.RegisterType<ProjectSeeder>().As<IProjectSeeder>().SingleInstance();
        builder.RegisterType<StageObserver>().As<ICaseStepObserver>().SingleInstance();
        builder.RegisterType<Menu.ProjectsMenu>().As<IMenuContributor>().SingleInstance();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapProjectApi();
        endpoints.MapJointReviewApi();
        endpoints.MapSharingApi();
        endpoints.MapCreditApi();
        endpoints.MapSimulatedApi();
        endpoints.MapIntermediaryApi();
    }
}

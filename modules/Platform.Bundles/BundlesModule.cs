using Autofac;
using Microsoft.AspNetCore.Routing;
using Platform.Bundles.Api;
using Platform.Bundles.Contracts;
using Platform.Bundles.Definitions;
using Platform.Bundles.Delivery;
using Platform.Bundles.Intake;
using Platform.Bundles.Seeding;
using Platform.Bundles.Submission;
using Platform.Bundles.Tracking;
using Platform.Calendar;
using Platform.Calendar.Contracts;
using Platform.Cases;
using Platform.Cases.Contracts;
using Platform.Catalogue;
using Platform.Identity;
using Platform.Identity.Contracts;
using Platform.Kernel;
using Platform.Kernel.Modularity;

namespace Platform.Bundles;

/// <summary>One thing, once (一件事一次办): bundles, situations, one form, joint processing. Owns the <c>bundles</c> schema.</summary>
[DependsOn(typeof(KernelModule), typeof(CalendarModule), typeof(IdentityModule), typeof(CatalogueModule), typeof(CasesModule))]
public sealed class BundlesModule : PlatformModule
{
    public override string Schema => "bundles";

    public override string Title => "一件事一次办";

    protected override void Load(ContainerBuilder builder)
    {
        foreach (var type in new[]
                 {
                     typeof(BundleAdmin), typeof(SubmitBundle), typeof(AcceptBundle), typeof(DeliverBundle), typeof(BundleProgress),
                     typeof(BundleAccess), typeof(BundleApplications),
                 })
            builder.RegisterType(type).AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<BundleCatalogue>().AsSelf().As<IBundleCatalogue>().SingleInstance();
        builder.RegisterType<BundleCaseQueries>().AsSelf().As<IBundleCaseReader>().SingleInstance();
        builder.RegisterType<BundleSeeder>().As<IBundleSeeder>().InstancePerLifetimeScope();
        builder.RegisterType<BundleMemberObserver>().As<ICaseStepObserver>().SingleInstance();
        builder.RegisterType<BundleDeadlineObserver>().As<IDeadlineObserver>().SingleInstance();
        builder.RegisterType<Menu.BundlesMenu>().As<IMenuContributor>().SingleInstance();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapBundleApi();
}

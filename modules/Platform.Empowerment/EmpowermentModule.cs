using Autofac;
using Microsoft.AspNetCore.Routing;
using Platform.Calendar;
using Platform.Cases;
using Platform.Cases.Contracts;
using Platform.Catalogue;
using Platform.Empowerment.Api;
using Platform.Empowerment.Contracts;
using Platform.Empowerment.Handover;
using Platform.Empowerment.Lists;
using Platform.Empowerment.Routing;
using Platform.Empowerment.Seeding;
using Platform.Identity;
using Platform.Identity.Contracts;
using Platform.Kernel;
using Platform.Kernel.Modularity;

namespace Platform.Empowerment;

/// <summary>Park empowerment (园区事园区办): lists, batches, handover agreements, history transfer, routing to the park. Owns the <c>empowerment</c> schema.</summary>
[DependsOn(typeof(KernelModule), typeof(CalendarModule), typeof(IdentityModule), typeof(CatalogueModule), typeof(CasesModule))]
public sealed class EmpowermentModule : PlatformModule
{
    public override string Schema => "empowerment";

    public override string Title => "园区赋权";

    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterSingletonsAsSelf(
            typeof(ProgrammeStore), typeof(EntryStore), typeof(AddEntry), typeof(RevokeEntry), typeof(ParkLists), typeof(HandoverProcess),
            typeof(HistoryTransfer), typeof(AgreementViews), typeof(PendingHandovers), typeof(EmpowermentAccess), typeof(ParkWorkbench), typeof(RegionProgrammes));
        builder.RegisterType<EmpowermentSeeder>().As<IEmpowermentSeeder>().SingleInstance();
        builder.RegisterType<ParkRouter>().As<IHandlingUnitRouter>().SingleInstance();
        builder.RegisterType<ParkEntryScreen>().As<IApplicationScreen>().SingleInstance();
        builder.RegisterType<ParkApplicationFields>().As<IApplicationFields>().SingleInstance();
        builder.RegisterType<Menu.EmpowermentMenu>().As<IMenuContributor>().SingleInstance();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapEmpowermentApi();
}

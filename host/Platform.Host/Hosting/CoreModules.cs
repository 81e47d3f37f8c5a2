using Platform.Bundles;
using Platform.Calendar;
using Platform.Cases;
using Platform.Catalogue;
using Platform.Empowerment;
using Platform.Exchange;
using Platform.Projects;
using Platform.Identity;
using Platform.Kernel;
using Platform.Kernel.Modularity;
using Platform.Supervision;

namespace Platform.Host.Hosting;

/// <summary>The modules compiled into the host. Their order here does not matter: dependencies decide.</summary>
internal static class CoreModules
{
    public static IReadOnlyList<PlatformModule> Create() =>
    [
        new KernelModule(),
        new IdentityModule(),
        new CasesModule(),
        new CalendarModule(),
        new CatalogueModule(),
        new SupervisionModule(),
        new BundlesModule(),
        new EmpowermentModule(),
        new ProjectsModule(),
        new ExchangeModule(),
    ];
}

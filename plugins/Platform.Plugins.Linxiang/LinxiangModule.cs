using Microsoft.Extensions.DependencyInjection;
using Platform.Bundles;
using Platform.Bundles.Contracts;
using Platform.Catalogue;
using Platform.Catalogue.Contracts;
using Platform.Empowerment;
using Platform.Identity;
using Platform.Identity.Contracts;
using Platform.Kernel.Modularity;
using Platform.Kernel.Seeding;
using Platform.Projects;
using Platform.Projects.Contracts;

namespace Platform.Plugins.Linxiang;

/// <summary>The 临湘 园区事园区办 programme for 临湘市 (430682).</summary>
[DependsOn(typeof(IdentityModule), typeof(CatalogueModule), typeof(EmpowermentModule), typeof(BundlesModule), typeof(ProjectsModule))]
public sealed class LinxiangModule : PlatformModule
{
    public const string RegionCode = "430682";

    public override string Schema => "linxiang";

    public override string Title => "临湘 园区事园区办";

    /// <summary>
    /// Seeds the organisation tree first (the catalogue's matters name its units), then the matters, then the empowerment
    /// programme, the bundles made of the matters and the park's industrial project chain.
    /// </summary>
    public override async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var assembly = typeof(LinxiangModule).Assembly;
        await RegionSeed.SeedOrganisationAndCatalogueAsync(services, assembly, RegionCode, cancellationToken);
        await LinxiangEmpowerment.SeedAsync(services, cancellationToken);
        await services.GetRequiredService<IBundleSeeder>().SeedAsync(RegionCode, EmbeddedText.Read(assembly, "Seed/bundles.yaml"), cancellationToken);
        await services.GetRequiredService<IProjectSeeder>().SeedAsync(RegionCode, EmbeddedText.Read(assembly, "Seed/projects.yaml"), cancellationToken);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Platform.Catalogue;
using Platform.Catalogue.Contracts;
using Platform.Identity;
using Platform.Identity.Contracts;
using Platform.Kernel.Modularity;
using Platform.Kernel.Seeding;

namespace Platform.Plugins.Heshan;

/// <summary>The 鹤山 集成审批 programme for 鹤山市 (440784).</summary>
[DependsOn(typeof(IdentityModule), typeof(CatalogueModule))]
public sealed class HeshanModule : PlatformModule
{
    public const string RegionCode = "440784";

    public override string Schema => "heshan";

    public override string Title => "鹤山 集成审批";

    /// <summary>Seeds the organisation tree first: the catalogue's matters name its units as implementing bodies.</summary>
    public override async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var assembly = typeof(HeshanModule).Assembly;
        await services.GetRequiredService<IOrganisationDirectory>().SeedUnitsAsync(
            RegionCode, EmbeddedYaml.Read<List<OrganisationUnitSeed>>(assembly, "Seed/organisation.yaml"), cancellationToken);
        await services.GetRequiredService<ICatalogueSeeder>().SeedAsync(RegionCode, EmbeddedText.Read(assembly, "Seed/catalogue.yaml"), cancellationToken);
    }
}

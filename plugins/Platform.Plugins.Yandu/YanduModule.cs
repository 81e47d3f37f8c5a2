using Microsoft.Extensions.DependencyInjection;
using Platform.Catalogue;
using Platform.Catalogue.Contracts;
using Platform.Identity;
using Platform.Identity.Contracts;
using Platform.Kernel.Modularity;
using Platform.Kernel.Seeding;

namespace Platform.Plugins.Yandu;

/// <summary>The 盐都 不见面审批 programme for 盐都区 (320903).</summary>
[DependsOn(typeof(IdentityModule), typeof(CatalogueModule))]
public sealed class YanduModule : PlatformModule
{
    public const string RegionCode = "320903";

    public override string Schema => "yandu";

    public override string Title => "盐都 不见面审批";

    /// <summary>Seeds the organisation tree first: the catalogue's matters name its units as implementing bodies.</summary>
    public override async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var assembly = typeof(YanduModule).Assembly;
        await services.GetRequiredService<IOrganisationDirectory>().SeedUnitsAsync(
            RegionCode, EmbeddedYaml.Read<List<OrganisationUnitSeed>>(assembly, "Seed/organisation.yaml"), cancellationToken);
        await services.GetRequiredService<ICatalogueSeeder>().SeedAsync(RegionCode, EmbeddedText.Read(assembly, "Seed/catalogue.yaml"), cancellationToken);
    }
}

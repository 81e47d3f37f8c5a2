using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Platform.Identity.Contracts;
using Platform.Kernel.Seeding;

namespace Platform.Catalogue.Contracts;

/// <summary>
/// What every programme plugin seeds first, in this order: its region's organisation tree
/// (<c>Seed/organisation.yaml</c>), then its catalogue (<c>Seed/catalogue.yaml</c>), whose matters name those units.
/// </summary>
public static class RegionSeed
{
    public static async Task SeedOrganisationAndCatalogueAsync(IServiceProvider services, Assembly plugin, string regionCode,
        CancellationToken cancellationToken)
    {
        await services.GetRequiredService<IOrganisationDirectory>().SeedUnitsAsync(
            regionCode, EmbeddedYaml.Read<List<OrganisationUnitSeed>>(plugin, "Seed/organisation.yaml"), cancellationToken);
        await services.GetRequiredService<ICatalogueSeeder>().SeedAsync(regionCode, EmbeddedText.Read(plugin, "Seed/catalogue.yaml"), cancellationToken);
    }
}

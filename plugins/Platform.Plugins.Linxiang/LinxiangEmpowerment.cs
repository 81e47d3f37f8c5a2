using Microsoft.Extensions.DependencyInjection;
using Platform.Catalogue.Contracts;
using Platform.Empowerment.Contracts;
using Platform.Identity.Contracts;
using Platform.Kernel.Seeding;

namespace Platform.Plugins.Linxiang;

/// <summary>
/// Seeds the park programme: the city departments that hand powers over, their matters (held by the departments
/// until the handover completes), and the batches, lists and agreement template of 临政办发〔2022〕8号.
/// </summary>
internal static class LinxiangEmpowerment
{
    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var assembly = typeof(LinxiangEmpowerment).Assembly;
        await services.GetRequiredService<IOrganisationDirectory>().SeedUnitsAsync(LinxiangModule.RegionCode,
            EmbeddedYaml.Read<List<OrganisationUnitSeed>>(assembly, "Seed/empowerment-organisation.yaml"), cancellationToken);
        await services.GetRequiredService<ICatalogueSeeder>().SeedAsync(LinxiangModule.RegionCode,
            EmbeddedText.Read(assembly, "Seed/empowerment-catalogue.yaml"), cancellationToken);
        await services.GetRequiredService<IEmpowermentSeeder>().SeedAsync(LinxiangModule.RegionCode,
            EmbeddedText.Read(assembly, "Seed/empowerment.yaml"), cancellationToken);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Platform.Catalogue;
using Platform.Catalogue.Contracts;
using Platform.Identity;
using Platform.Identity.Contracts;
using Platform.Kernel.Modularity;
using Platform.Kernel.Seeding;
using Platform.Projects;
using Platform.Projects.Contracts;

namespace Platform.Plugins.Anshan;

/// <summary>The 鞍山 工程建设项目审批制度改革 programme for 鞍山市 (210300).</summary>
[DependsOn(typeof(IdentityModule), typeof(CatalogueModule), typeof(ProjectsModule))]
public sealed class AnshanModule : PlatformModule
{
    public const string RegionCode = "210300";

    public override string Schema => "anshan";

    public override string Title => "鞍山 工程建设项目审批制度改革";

    /// <summary>Seeds the organisation tree first (the catalogue's matters name its units), then the matters the project stages run.</summary>
    public override async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var assembly = typeof(AnshanModule).Assembly;
        await RegionSeed.SeedOrganisationAndCatalogueAsync(services, assembly, RegionCode, cancellationToken);
        await services.GetRequiredService<IProjectSeeder>().SeedAsync(RegionCode, EmbeddedText.Read(assembly, "Seed/projects.yaml"), cancellationToken);
    }
}

using Autofac;
using Microsoft.Extensions.DependencyInjection;
using Platform.Bundles;
using Platform.Bundles.Contracts;
using Platform.Catalogue;
using Platform.Catalogue.Contracts;
using Platform.Identity;
using Platform.Identity.Contracts;
using Platform.Kernel.Modularity;
using Platform.Kernel.Seeding;
using Platform.Projects;
using Platform.Projects.Contracts;

namespace Platform.Plugins.Yueyang;

/// <summary>The 岳阳 一件事一次办 programme for 岳阳市 (430600).</summary>
[DependsOn(typeof(IdentityModule), typeof(CatalogueModule), typeof(BundlesModule), typeof(ProjectsModule))]
public sealed class YueyangModule : PlatformModule
{
    public const string RegionCode = "430600";

    public override string Schema => "yueyang";

    public override string Title => "岳阳 一件事一次办";

    protected override void Load(ContainerBuilder builder) =>
        builder.RegisterInstance(new YueyangChainCaps(EmbeddedYaml.Read<List<ChainCapSeed>>(typeof(YueyangModule).Assembly, "Seed/chain-caps.yaml")))
            .As<IChainCaps>();

    /// <summary>
    /// Seeds the organisation tree first (the catalogue's matters name its units), then the matters, then the bundles made of them,
    /// then the construction-project categories, whose caps the projects module takes from <see cref="YueyangChainCaps"/>.
    /// </summary>
    public override async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var assembly = typeof(YueyangModule).Assembly;
        await RegionSeed.SeedOrganisationAndCatalogueAsync(services, assembly, RegionCode, cancellationToken);
        await services.GetRequiredService<IBundleSeeder>().SeedAsync(RegionCode, EmbeddedText.Read(assembly, "Seed/bundles.yaml"), cancellationToken);
        await services.GetRequiredService<IProjectSeeder>().SeedAsync(RegionCode, EmbeddedText.Read(assembly, "Seed/projects.yaml"), cancellationToken);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Platform.Identity;
using Platform.Identity.Contracts;
using Platform.Kernel.Modularity;
using Platform.Kernel.Seeding;

namespace Platform.Plugins.Yueyang;

/// <summary>The 岳阳 一件事一次办 programme for 岳阳市 (430600).</summary>
[DependsOn(typeof(IdentityModule))]
public sealed class YueyangModule : PlatformModule
{
    public const string RegionCode = "430600";

    public override string Schema => "yueyang";

    public override string Title => "岳阳 一件事一次办";

    public override Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<IOrganisationDirectory>().SeedUnitsAsync(
            RegionCode,
            EmbeddedYaml.Read<List<OrganisationUnitSeed>>(typeof(YueyangModule).Assembly, "Seed/organisation.yaml"),
            cancellationToken);
}

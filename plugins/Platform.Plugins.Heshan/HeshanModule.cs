using Microsoft.Extensions.DependencyInjection;
using Platform.Identity;
using Platform.Identity.Contracts;
using Platform.Kernel.Modularity;
using Platform.Kernel.Seeding;

namespace Platform.Plugins.Heshan;

/// <summary>The 鹤山 集成审批 programme for 鹤山市 (440784).</summary>
[DependsOn(typeof(IdentityModule))]
public sealed class HeshanModule : PlatformModule
{
    public const string RegionCode = "440784";

    public override string Schema => "heshan";

    public override string Title => "鹤山 集成审批";

    public override Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<IOrganisationDirectory>().SeedUnitsAsync(
            RegionCode,
            EmbeddedYaml.Read<List<OrganisationUnitSeed>>(typeof(HeshanModule).Assembly, "Seed/organisation.yaml"),
            cancellationToken);
}

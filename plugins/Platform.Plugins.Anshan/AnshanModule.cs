using Microsoft.Extensions.DependencyInjection;
using Platform.Identity;
using Platform.Identity.Contracts;
using Platform.Kernel.Modularity;
using Platform.Kernel.Seeding;

namespace Platform.Plugins.Anshan;

/// <summary>The 鞍山 工程建设项目审批制度改革 programme for 鞍山市 (210300).</summary>
[DependsOn(typeof(IdentityModule))]
public sealed class AnshanModule : PlatformModule
{
    public const string RegionCode = "210300";

    public override string Schema => "anshan";

    public override string Title => "鞍山 工程建设项目审批制度改革";

    public override Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<IOrganisationDirectory>().SeedUnitsAsync(
            RegionCode,
            EmbeddedYaml.Read<List<OrganisationUnitSeed>>(typeof(AnshanModule).Assembly, "Seed/organisation.yaml"),
            cancellationToken);
}

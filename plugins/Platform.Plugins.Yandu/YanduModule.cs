using Microsoft.Extensions.DependencyInjection;
using Platform.Identity;
using Platform.Identity.Contracts;
using Platform.Kernel.Modularity;
using Platform.Kernel.Seeding;

namespace Platform.Plugins.Yandu;

/// <summary>The 盐都 不见面审批 programme for 盐都区 (320903).</summary>
[DependsOn(typeof(IdentityModule))]
public sealed class YanduModule : PlatformModule
{
    public const string RegionCode = "320903";

    public override string Schema => "yandu";

    public override string Title => "盐都 不见面审批";

    public override Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<IOrganisationDirectory>().SeedUnitsAsync(
            RegionCode,
            EmbeddedYaml.Read<List<OrganisationUnitSeed>>(typeof(YanduModule).Assembly, "Seed/organisation.yaml"),
            cancellationToken);
}

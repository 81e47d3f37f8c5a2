using Microsoft.Extensions.DependencyInjection;
using Platform.Identity;
using Platform.Identity.Contracts;
using Platform.Kernel.Modularity;
using Platform.Kernel.Seeding;

namespace Platform.Plugins.Linxiang;

/// <summary>The 临湘 园区事园区办 programme for 临湘市 (430682).</summary>
[DependsOn(typeof(IdentityModule))]
public sealed class LinxiangModule : PlatformModule
{
    public const string RegionCode = "430682";

    public override string Schema => "linxiang";

    public override string Title => "临湘 园区事园区办";

    public override Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<IOrganisationDirectory>().SeedUnitsAsync(
            RegionCode,
            EmbeddedYaml.Read<List<OrganisationUnitSeed>>(typeof(LinxiangModule).Assembly, "Seed/organisation.yaml"),
            cancellationToken);
}

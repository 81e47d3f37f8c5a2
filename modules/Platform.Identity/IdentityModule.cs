using Autofac;
using Microsoft.Extensions.DependencyInjection;
using Platform.Identity.Contracts;
using Platform.Identity.Organisation;
using Platform.Kernel;
using Platform.Kernel.Modularity;

namespace Platform.Identity;

/// <summary>Regions, organisation units, users, roles and sign-in. Owns the <c>identity</c> schema.</summary>
[DependsOn(typeof(KernelModule))]
public sealed class IdentityModule : PlatformModule
{
    public override string Schema => "identity";

    public override string Title => "身份与权限";

    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<OrganisationDirectory>().AsSelf().As<IOrganisationDirectory>().SingleInstance();
    }

    public override Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<OrganisationDirectory>().SeedRegionsAsync(Context.Deployment, cancellationToken);
}

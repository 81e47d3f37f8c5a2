using Autofac;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Identity.Access;
using Platform.Identity.Cli;
using Platform.Identity.Contracts;
using Platform.Identity.Demo;
using Platform.Identity.Menu;
using Platform.Identity.Organisation;
using Platform.Identity.Security;
using Platform.Identity.SignIn;
using Platform.Identity.Tokens;
using Platform.Identity.Users;
using Platform.Identity.Web;
using Platform.Kernel;
using Platform.Kernel.Cli;
using Platform.Kernel.Modularity;

namespace Platform.Identity;

/// <summary>Regions, organisation units, users, roles and sign-in. Owns the <c>identity</c> schema.</summary>
[DependsOn(typeof(KernelModule))]
public sealed class IdentityModule : PlatformModule
{
    public const string DemoDeployment = "demo";

    public override string Schema => "identity";

    public override string Title => "身份与权限";

    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<OrganisationDirectory>().AsSelf().As<IOrganisationDirectory>().SingleInstance();
        builder.RegisterType<CurrentActor>().As<ICurrentActor>().SingleInstance();
        builder.RegisterType<AccessPolicy>().As<IAccessPolicy>().SingleInstance();
        builder.RegisterType<SecurityLog>().AsSelf().SingleInstance();
        builder.RegisterType<DatabaseXmlRepository>().AsSelf().SingleInstance();
        builder.RegisterType<UserStore>().AsSelf().SingleInstance();
        builder.RegisterType<PasswordHasher<UserRow>>().As<IPasswordHasher<UserRow>>().SingleInstance();
        builder.RegisterType<PasswordHasher<LocalApplicant>>().As<IPasswordHasher<LocalApplicant>>().SingleInstance();
        builder.RegisterType<SignInThrottle>().AsSelf().SingleInstance();
        builder.RegisterType<ApplicantLockout>().AsSelf().SingleInstance();
        builder.RegisterType<StaffSignIn>().AsSelf().SingleInstance();
        builder.RegisterType<ApplicantSignIn>().AsSelf().SingleInstance();
        builder.RegisterType<LocalApplicantIdentityProvider>().As<IApplicantIdentityProvider>().SingleInstance()
            .IfNotRegistered(typeof(IApplicantIdentityProvider));
        builder.RegisterType<ApplicantContacts>().As<IApplicantContacts>().SingleInstance().IfNotRegistered(typeof(IApplicantContacts));
        builder.RegisterType<SigningKeyStore>().AsSelf().SingleInstance();
        builder.RegisterType<TokenIssuer>().AsSelf().SingleInstance();
        builder.RegisterType<UnitAdmin>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<UserScope>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<UserAdmin>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<IdentityMenu>().As<IMenuContributor>().SingleInstance();
        builder.RegisterInstance(AdminPasswordInput.FromProcess()).AsSelf();
        builder.RegisterType<AdminCreateVerb>().As<ICliVerb>().SingleInstance();
        if (Context.Deployment.Name == DemoDeployment)
            builder.RegisterType<DemoAccountSeeder>().As<IHostedService>().SingleInstance();
    }

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddPlatformIdentity(configuration);

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAuthEndpoints();
        endpoints.MapAdminEndpoints();
    }

    public override Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<OrganisationDirectory>().SeedRegionsAsync(Context.Deployment, cancellationToken);
}

using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Identity.Access;
using Platform.Identity.Contracts;
using Platform.Identity.Security;
using Platform.Identity.Tokens;

namespace Platform.Identity.Web;

/// <summary>
/// Authentication (bearer for API clients, a cookie for the web UI, picked per request), the named
/// authorization policies, the shared key ring, and the rate limits.
/// </summary>
internal static class IdentityAuthentication
{
    public const string Scheme = "platform";

    public static void AddPlatformIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<IdentitySettings>(configuration.GetSection(IdentitySettings.Section));
        var settings = configuration.GetSection(IdentitySettings.Section).Get<IdentitySettings>() ?? new IdentitySettings();
        services.AddHttpContextAccessor();

        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "令牌或会话", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? JwtBearerDefaults.AuthenticationScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddJwtBearer()
            .AddCookie(options =>
            {
                options.Cookie.Name = "platform.session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.LoginPath = "/signin";
                options.AccessDeniedPath = "/denied";
                options.ExpireTimeSpan = settings.CookieLifetime;
                options.SlidingExpiration = true;
            });
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, ConfigureJwtBearer>();

        services.AddAuthorizationBuilder()
            .AddPolicy(IdentityPolicies.Staff, p => p.RequireRole(StaffRoles))
            .AddPolicy(IdentityPolicies.Supervisor, p => p.RequireRole(nameof(Role.Supervisor), nameof(Role.PlatformAdmin)))
            .AddPolicy(IdentityPolicies.Applicant, p => p.RequireRole(nameof(Role.Applicant)))
            .AddPolicy(IdentityPolicies.RegionAdmin, p => p.RequireRole(nameof(Role.RegionAdmin), nameof(Role.PlatformAdmin))
                .AddRequirements(new RouteRegionRequirement()))
            .AddPolicy(IdentityPolicies.PlatformAdmin, p => p.RequireRole(nameof(Role.PlatformAdmin)));
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, RouteRegionHandler>();

        services.AddDataProtection().SetApplicationName("platform");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider =>
            new ConfigureOptions<KeyManagementOptions>(options =>
                options.XmlRepository = provider.GetRequiredService<DatabaseXmlRepository>()));

        services.AddPlatformRateLimits(settings);
    }

    private static string[] StaffRoles =>
        Enum.GetNames<Role>().Where(r => r != nameof(Role.Applicant)).ToArray();
}

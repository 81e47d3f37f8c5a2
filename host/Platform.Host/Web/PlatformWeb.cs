using System.Text.Encodings.Web;
using System.Text.Unicode;
using Platform.Host.Components;
using Platform.Host.Hosting;
using Platform.Host.Web.Input;

namespace Platform.Host.Web;

/// <summary>
/// HTTP plumbing shared by every module: trusted proxies, https (HSTS), problem+json (error pages for browsers), OpenAPI,
/// limits and security headers, sign-in, the server-rendered UI and its menu.
/// </summary>
internal static class PlatformWeb
{
    /// <summary>Request bodies above <c>Platform:MaxRequestBodyBytes</c> (default 30 MB) are refused with 413.</summary>
    private const long DefaultMaxRequestBodyBytes = 30L * 1024 * 1024;

    public static IServiceCollection AddPlatformWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(options =>
            options.Limits.MaxRequestBodySize = configuration.GetValue("Platform:MaxRequestBodyBytes", DefaultMaxRequestBodyBytes));
        services.AddTrustedProxies(configuration);
        // Sent only over https (directly or as a trusted proxy says); not excluding loopback, since plain http never gets it.
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.ExcludedHosts.Clear();
        });
        // The antiforgery cookie is Secure over https like the session cookie; over plain http (a loopback demo) it cannot be.
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        // Asked before the default writer: a browser asking for a page gets an error page, every other caller problem+json.
        services.AddSingleton<IProblemDetailsWriter, Errors.ErrorPageWriter>();
        services.AddProblemDetails();
        services.AddSingleton<Navigation.PersonMenu>();
        services.AddSingleton<Platform.Identity.Contracts.IMenuContributor, Navigation.HostMenu>();
        services.AddExceptionHandler<PlatformProblemHandler>();
        services.AddOpenApi();
        services.AddRazorComponents();
        // Chinese stays readable in the rendered HTML instead of becoming numeric entities.
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            // Enums travel by name ("Courier"); a client that sends the number still works.
            options.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
            PlatformInput.AddConverters(options.SerializerOptions);
        });
        // A body the reader refuses reaches PlatformProblemHandler, which names the field, instead of a bare 400.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }

    public static WebApplication UsePlatform(this WebApplication app, PlatformComposition composition)
    {
        app.UseForwardedHeaders();
        app.UseHsts();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseConcurrencyLimit(app.Configuration);
        app.UseStaticFiles();
        app.UseRouting();
        app.UseServedRegions();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.UseStoredTextGuard();

        app.MapOpenApi("/openapi/v1.json").AllowAnonymous();
        app.MapPlatformEndpoints();
        var moduleRoutes = app.ModuleRoutes();
        foreach (var module in composition.Modules) module.MapEndpoints(moduleRoutes);

        var moduleAssemblies = composition.Modules.Select(m => m.GetType().Assembly)
            .Where(a => a != typeof(App).Assembly).Distinct().ToArray();
        app.MapRazorComponents<App>().AddAdditionalAssemblies(moduleAssemblies);
        return app;
    }
}

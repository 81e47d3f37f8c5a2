using System.Text.Encodings.Web;
using System.Text.Unicode;
using Platform.Host.Components;
using Platform.Host.Hosting;

namespace Platform.Host.Web;

/// <summary>HTTP plumbing shared by every module: problem+json, OpenAPI, limits and security headers, sign-in, the server-rendered UI.</summary>
internal static class PlatformWeb
{
    /// <summary>Request bodies above <c>Platform:MaxRequestBodyBytes</c> (default 30 MB) are refused with 413.</summary>
    private const long DefaultMaxRequestBodyBytes = 30L * 1024 * 1024;

    public static IServiceCollection AddPlatformWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(options =>
            options.Limits.MaxRequestBodySize = configuration.GetValue("Platform:MaxRequestBodyBytes", DefaultMaxRequestBodyBytes));
        services.AddProblemDetails();
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
        });
        return services;
    }

    public static WebApplication UsePlatform(this WebApplication app, PlatformComposition composition)
    {
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

        app.MapOpenApi("/openapi/v1.json").AllowAnonymous();
        app.MapPlatformEndpoints();
        foreach (var module in composition.Modules) module.MapEndpoints(app);

        var moduleAssemblies = composition.Modules.Select(m => m.GetType().Assembly)
            .Where(a => a != typeof(App).Assembly).Distinct().ToArray();
        app.MapRazorComponents<App>().AddAdditionalAssemblies(moduleAssemblies);
        return app;
    }
}

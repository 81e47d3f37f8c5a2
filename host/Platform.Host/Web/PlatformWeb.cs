using System.Text.Encodings.Web;
using System.Text.Unicode;
using Platform.Host.Components;
using Platform.Host.Hosting;

namespace Platform.Host.Web;

/// <summary>HTTP plumbing shared by every module: problem+json, OpenAPI, the server-rendered UI.</summary>
internal static class PlatformWeb
{
    public static IServiceCollection AddPlatformWeb(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<PlatformProblemHandler>();
        services.AddOpenApi();
        services.AddRazorComponents();
        // Chinese stays readable in the rendered HTML instead of becoming numeric entities.
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Encoder =
            System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        return services;
    }

    public static WebApplication UsePlatform(this WebApplication app, PlatformComposition composition)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStaticFiles();
        app.UseAntiforgery();

        app.MapOpenApi("/openapi/v1.json");
        app.MapPlatformEndpoints();
        foreach (var module in composition.Modules) module.MapEndpoints(app);

        var moduleAssemblies = composition.Modules.Select(m => m.GetType().Assembly)
            .Where(a => a != typeof(App).Assembly).Distinct().ToArray();
        app.MapRazorComponents<App>().AddAdditionalAssemblies(moduleAssemblies);
        return app;
    }
}

using System.Text.Json;

namespace Platform.Host.Web.Input;

/// <summary>
/// The platform's input rules, applied where requests are read rather than by each endpoint: no control characters in
/// stored text (<see cref="Platform.Kernel.Input.StoredText"/>), dates in range (<see cref="Platform.Kernel.Input.InputDates"/>).
/// A refusal is 400 problem+json naming the field; nothing is written.
/// </summary>
internal static class PlatformInput
{
    public static void AddConverters(JsonSerializerOptions options)
    {
        options.Converters.Add(new StoredTextConverter());
        options.Converters.Add(new JsonElementTextConverter());
        foreach (var converter in InputDateConverters.All()) options.Converters.Add(converter);
    }

    /// <summary>The group every module maps its endpoints into, so bound dates are checked on all of them.</summary>
    public static RouteGroupBuilder ModuleRoutes(this WebApplication app)
    {
        var routes = app.MapGroup("");
        routes.AddEndpointFilterFactory(InputDateFilter.Create);
        return routes;
    }

    public static IApplicationBuilder UseStoredTextGuard(this IApplicationBuilder app) => app.UseMiddleware<StoredTextGuard>();
}

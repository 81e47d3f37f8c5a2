using Platform.Kernel.Modularity;

namespace Platform.Host.Web;

/// <summary>
/// A route that names a region (<c>{region}</c>, in an API path or a page's) reaches its endpoint only for a region the
/// deployment serves; any other is 404 problem+json <c>platform.region.unknown</c> (a plain 404 for a page), before
/// sign-in is even looked at and before any handler can write. One rule for every module and plugin.
/// </summary>
internal static class ServedRegions
{
    public static IApplicationBuilder UseServedRegions(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var deployment = context.RequestServices.GetRequiredService<Deployment>();
            var region = context.GetRouteValue("region") as string;
            if (region is null || deployment.Serves(region))
                await next(context);
            else if (context.Request.Path.StartsWithSegments("/api"))
                deployment.DemandServes(region);
            else
                context.Response.StatusCode = StatusCodes.Status404NotFound;
        });
}

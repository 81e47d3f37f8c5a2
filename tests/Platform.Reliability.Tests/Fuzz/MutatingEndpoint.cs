using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Platform.Reliability.Tests.Fuzz;

/// <summary>A create or transition endpoint of the running host: its method, route and the JSON body type it binds, if any.</summary>
internal sealed record MutatingEndpoint(string Method, RoutePattern Route, Type? BodyType, bool TakesForm)
{
    private static readonly string[] Mutating = ["POST", "PUT", "PATCH", "DELETE"];

    public string Pattern => "/" + (Route.RawText ?? "").TrimStart('/');

    public static IReadOnlyList<MutatingEndpoint> All(EndpointDataSource endpoints) =>
        endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => ("/" + (e.RoutePattern.RawText ?? "").TrimStart('/')).StartsWith("/api/v1/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Intersect(Mutating).Select(method =>
            {
                var accepts = e.Metadata.GetMetadata<IAcceptsMetadata>();
                var form = accepts?.ContentTypes.Any(c => c.StartsWith("multipart/", StringComparison.Ordinal)) == true;
                return new MutatingEndpoint(method, e.RoutePattern, form ? null : accepts?.RequestType, form);
            }))
            .OrderBy(e => e.Pattern).ThenBy(e => e.Method).ToList();
}

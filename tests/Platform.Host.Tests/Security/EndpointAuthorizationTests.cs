using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Platform.Testing;

namespace Platform.Host.Tests.Security;

/// <summary>
/// Deny by default, checked: every endpoint a module or plugin maps — API and page alike — says who may call it, either
/// a policy (or plain sign-in) or an explicit AllowAnonymous. An endpoint that says nothing fails this test by name.
/// (Static assets and Blazor's own <c>/_framework</c> endpoints are the framework's, not ours.)
/// </summary>
public sealed class EndpointAuthorizationTests
{
    [Fact]
    public async Task Should_name_who_may_call_it_when_any_endpoint_is_mapped()
    {
        await using var host = await PlatformTestHost.StartAsync("demo");

        var silent = host.Get<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is null && !(e.RoutePattern.RawText ?? "").StartsWith("/_framework/", StringComparison.Ordinal))
            .Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is null && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(e => $"{string.Join(",", e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["*"])} {e.RoutePattern.RawText}")
            .Distinct().Order().ToList();

        silent.ShouldBeEmpty();
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Identity.Contracts;

namespace Platform.Identity.Access;

/// <summary>
/// Part of the region-admin policy: when the route names a region (<c>{region}</c> in an API path or a
/// page's route), the caller must administer that region. So every region-admin endpoint and page is
/// scoped in one place, not by each handler remembering to check.
/// </summary>
internal sealed class RouteRegionRequirement : IAuthorizationRequirement;

internal sealed class RouteRegionHandler(IAccessPolicy access) : AuthorizationHandler<RouteRegionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, RouteRegionRequirement requirement)
    {
        var http = context.Resource as HttpContext;
        var region = http?.GetRouteValue("region") as string;
        if (region is null || access.CanAdministerRegion(region)) context.Succeed(requirement);
        else context.Fail(new AuthorizationFailureReason(this, $"不能管理地区 {region}"));
        return Task.CompletedTask;
    }
}

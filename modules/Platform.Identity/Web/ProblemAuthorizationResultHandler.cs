using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Platform.Identity.Access;
using Platform.Identity.Security;
using Platform.Kernel.Errors;

namespace Platform.Identity.Web;

/// <summary>
/// API refusals as problem+json (401 <c>identity.unauthenticated</c>, 403 <c>identity.forbidden</c>);
/// pages keep the cookie's redirects. Every 403 is recorded in the security log.
/// </summary>
internal sealed class ProblemAuthorizationResultHandler(SecurityLog log) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler pages = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Forbidden)
        {
            var user = Guid.TryParse(context.User.FindFirst(ActorClaims.Subject)?.Value, out var id) ? id : (Guid?)null;
            await log.RecordAsync(SecurityEventKind.AccessDenied, null, user, context.User.FindFirst(ActorClaims.Region)?.Value,
                $"{context.Request.Method} {context.Request.Path}", context.RequestAborted);
        }

        if (!context.Request.Path.StartsWithSegments("/api") || !(result.Challenged || result.Forbidden))
        {
            await pages.HandleAsync(next, context, policy, result);
            return;
        }

        var problem = result.Forbidden
            ? PlatformProblem.Forbidden(IdentityProblems.Forbidden, "当前用户无权执行此操作。")
            : new PlatformProblem(401, IdentityProblems.Unauthenticated, "未登录", "请先登录或提供有效的访问令牌。");
        context.Response.StatusCode = problem.Status;
        if (result.Challenged) context.Response.Headers.WWWAuthenticate = "Bearer";
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = ProblemResults.ToProblemDetails(problem, context),
        });
    }
}

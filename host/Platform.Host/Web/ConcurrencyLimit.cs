using System.Threading.RateLimiting;
using Platform.Kernel.Errors;

namespace Platform.Host.Web;

/// <summary>
/// Sheds load instead of queueing without end: at most <c>Platform:MaxConcurrentRequests</c> requests run
/// at once, a quarter as many more wait in line, and the rest get 503 problem+json with a Retry-After at
/// once. /healthz is exempt, so a load balancer still sees a busy host as alive.
/// </summary>
internal static class ConcurrencyLimit
{
    public const int DefaultMaxConcurrentRequests = 256;

    public static IApplicationBuilder UseConcurrencyLimit(this IApplicationBuilder app, IConfiguration configuration)
    {
        var permits = Math.Max(1, configuration.GetValue("Platform:MaxConcurrentRequests", DefaultMaxConcurrentRequests));
        var limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = permits,
            QueueLimit = Math.Max(1, permits / 4),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        return app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/healthz"))
            {
                await next(context);
                return;
            }

            using var lease = await limiter.AcquireAsync(1, context.RequestAborted);
            if (lease.IsAcquired)
            {
                await next(context);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "1";
            var problem = new PlatformProblem(503, "platform.overloaded", "服务繁忙", "当前请求过多，请稍后重试。");
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = ProblemResults.ToProblemDetails(problem, context),
            });
        });
    }
}

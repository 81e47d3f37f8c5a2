using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Platform.Identity.Access;
using Platform.Identity.Contracts;
using Platform.Kernel.Errors;

namespace Platform.Identity.Web;

/// <summary>
/// The named rate-limit policies; a refusal is 429 problem+json with a Retry-After. Sign-in is not among them: its failures
/// are throttled per account and per address (<see cref="SignIn.SignInThrottle"/>), its successes never.
/// </summary>
internal static class RateLimits
{
    public static void AddPlatformRateLimits(this IServiceCollection services, IdentitySettings settings)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(RateLimitPolicies.Tracking, context =>
                RateLimitPartition.GetFixedWindowLimiter(ClientAddress(context), _ => PerMinute(settings.TrackingPerMinute)));
            options.AddPolicy(RateLimitPolicies.Create, context =>
                RateLimitPartition.GetFixedWindowLimiter(
                    context.User.FindFirst(ActorClaims.Subject)?.Value ?? ClientAddress(context),
                    _ => PerMinute(settings.CreatePerMinute)));
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var http = rejected.HttpContext;
                http.Response.Headers.RetryAfter = "60";
                var problem = new PlatformProblem(429, IdentityProblems.RateLimited, "请求过于频繁", "请求过于频繁，请稍后再试。");
                var writer = http.RequestServices.GetRequiredService<IProblemDetailsService>();
                await writer.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = ProblemResults.ToProblemDetails(problem, http),
                });
            };
        });
    }

    private static FixedWindowRateLimiterOptions PerMinute(int permits) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
    };

    /// <summary>The peer, or the client a trusted proxy forwarded for (the host's forwarded-headers middleware ran first).</summary>
    private static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Kernel.Errors;

namespace Platform.Identity.Web;

/// <summary>The answer to an address that failed too often: 429 problem+json with the seconds to wait in Retry-After.</summary>
internal static class SignInThrottled
{
    public static ProblemHttpResult Problem(HttpContext context, TimeSpan wait)
    {
        context.Response.Headers.RetryAfter = Seconds(wait).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var problem = new PlatformProblem(429, IdentityProblems.RateLimited, "请求过于频繁", Sentence(wait));
        return TypedResults.Problem(ProblemResults.ToProblemDetails(problem, context));
    }

    /// <summary>What the person is told, on the sign-in page and in the problem's detail.</summary>
    public static string Sentence(TimeSpan wait) => $"此网络地址登录失败次数过多，请 {Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes))} 分钟后再试。";

    private static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
}

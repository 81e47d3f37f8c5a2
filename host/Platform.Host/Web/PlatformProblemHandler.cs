using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Npgsql;
using Platform.Host.Web.Input;
using Platform.Kernel.Errors;

namespace Platform.Host.Web;

/// <summary>
/// Turns refusals into problem+json: a <see cref="PlatformProblem"/> with its own status and code,
/// unreadable request bodies into 400, and a database that is away into 503.
/// </summary>
internal sealed class PlatformProblemHandler(IProblemDetailsService problemDetails, ILogger<PlatformProblemHandler> logger) : IExceptionHandler
{
    private const string DatabaseUnavailable = "platform.database.unavailable";

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            PlatformProblem p => p,
            BadHttpRequestException { InnerException: RefusedInputException refused } => refused.Problem,
            BadHttpRequestException { InnerException: System.Text.Json.JsonException { Path: { } path } json } =>
                PlatformProblem.Invalid("request.malformed", path, json.Message),
            BadHttpRequestException bad => new PlatformProblem(bad.StatusCode, "request.malformed", "请求格式错误", bad.Message),
            NpgsqlException { IsTransient: true } or TimeoutException =>
                new PlatformProblem(503, DatabaseUnavailable, "服务暂时不可用", "数据库暂时无法访问，请稍后重试。"),
            _ => null,
        };
        if (problem is null) return false;
        if (problem.Status >= 500) logger.LogWarning(exception, "Request failed with {Code}", problem.Code);

        context.Response.StatusCode = problem.Status;
        if (problem.Status == 503) context.Response.Headers.RetryAfter = "5";
        // Connections pooled before an outage are dead; drop them so the first request after recovery succeeds.
        if (problem.Code == DatabaseUnavailable) context.RequestServices.GetService<NpgsqlDataSource>()?.Clear();
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = ProblemResults.ToProblemDetails(problem, context),
        });
    }
}

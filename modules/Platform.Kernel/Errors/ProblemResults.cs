using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Platform.Kernel.Errors;

/// <summary>Builds problem+json bodies with the platform's stable <c>code</c> extension.</summary>
public static class ProblemResults
{
    public static ProblemDetails ToProblemDetails(PlatformProblem problem, HttpContext? context = null)
    {
        var details = problem.Errors.Count > 0
            ? new ValidationProblemDetails(problem.Errors.ToDictionary(e => e.Key, e => e.Value))
            : new ProblemDetails();
        details.Status = problem.Status;
        details.Title = problem.Title;
        details.Detail = problem.Detail;
        details.Type = $"https://approval.platform/problems/{problem.Code}";
        details.Extensions["code"] = problem.Code;
        foreach (var (key, value) in problem.Extensions) details.Extensions[key] = value;
        if (context is not null) details.Instance = context.Request.Path;
        return details;
    }

    public static IResult From(PlatformProblem problem) =>
        TypedResults.Problem(ToProblemDetails(problem));
}

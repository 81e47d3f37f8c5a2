using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Identity.Contracts;
using Platform.Kernel.Errors;
using Platform.Projects.Contracts;
using Platform.Projects.JointReviews;
using Platform.Projects.Stages;

namespace Platform.Projects.Api;

/// <summary>A stage's joint reviews (one opinion per participating unit) and the re-filing of a refused member.</summary>
internal static class JointReviewEndpoints
{
    public static void MapJointReviewApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/projects/{id:guid}").WithTags("Projects");
        api.MapGet("/joint-reviews/{reviewId:guid}", GetAsync).WithName("GetJointReview")
            .WithSummary("A joint review with its participating units and opinions; ETag = its version").RequireAuthorization();
        api.MapPost("/joint-reviews/{reviewId:guid}/opinions", OpinionAsync).WithName("RecordJointReviewOpinion")
            .WithSummary("The caller's unit records its one opinion (pass, conditional, fail); needs If-Match").RequireAuthorization(IdentityPolicies.Staff);
        api.MapPost("/stages/{ordinal:int}/members/{matterCode}/refile", RefileAsync).WithName("RefileStageMember")
            .WithSummary("File a refused member of an open stage again with new materials; needs If-Match (project version)")
            .RequireAuthorization(IdentityPolicies.Applicant);
    }

    private static async Task<Ok<JointReviewView>> GetAsync(Guid id, Guid reviewId, HttpResponse response, ProjectAccess access, IProjectReader reader,
        CancellationToken ct)
    {
        var review = Find(await access.DemandVisibleAsync(await reader.GetAsync(id, ct), ct), reviewId);
        response.Headers.ETag = $"\"{review.Version}\"";
        return TypedResults.Ok(review);
    }

    private static async Task<Ok<JointReviewView>> OpinionAsync(Guid id, Guid reviewId, OpinionRequest request, HttpContext http, ProjectAccess access,
        RecordOpinion record, IProjectReader reader, CancellationToken ct)
    {
        var view = await access.DemandVisibleAsync(await reader.GetAsync(id, ct), ct);
        var reviewer = await access.DemandReviewerAsync(view, ct);
        var verdict = Verdict.Require(request.Verdict);
        await record.HandleAsync(id, reviewId, ProjectAccess.IfMatch(http.Request), verdict, Verdict.RequireText(request.Text), reviewer, ct);
        var review = Find((await reader.GetAsync(id, ct))!, reviewId);
        http.Response.Headers.ETag = $"\"{review.Version}\"";
        return TypedResults.Ok(review);
    }

    private static async Task<Ok<ProjectView>> RefileAsync(Guid id, int ordinal, string matterCode, RefileRequest request, HttpContext http,
        ProjectAccess access, RefileMember refile, IProjectReader reader, CancellationToken ct)
    {
        var view = await access.DemandVisibleAsync(await reader.GetAsync(id, ct), ct);
        await refile.HandleAsync(id, ordinal, matterCode, ProjectAccess.IfMatch(http.Request), request.Materials ?? [], access.DemandApplicant(view), ct);
        var after = (await reader.GetAsync(id, ct))!;
        http.Response.Headers.ETag = $"\"{after.Version}\"";
        return TypedResults.Ok(after);
    }

    public static JointReviewView Find(ProjectView view, Guid reviewId) =>
        view.Stages.SelectMany(s => s.JointReviews).FirstOrDefault(r => r.Id == reviewId)
        ?? throw PlatformProblem.NotFound("project.joint_review.not_found", "联合审查不存在。");
}

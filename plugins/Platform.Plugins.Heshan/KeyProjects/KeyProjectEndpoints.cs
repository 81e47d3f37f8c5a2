using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Identity.Contracts;
using Platform.Kernel.Errors;
using Platform.Plugins.Heshan.Shared;

namespace Platform.Plugins.Heshan.KeyProjects;

/// <summary>Key projects under <c>/api/v1/heshan/key-projects</c>: creation (Idempotency-Key), stage completion (If-Match), to-do, monthly report.</summary>
internal static class KeyProjectEndpoints
{
    public static void MapKeyProjectApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/heshan/key-projects").WithTags("Heshan").RequireAuthorization(IdentityPolicies.Staff);
        api.MapPost("", async (CreateKeyProjectRequest request, HttpContext http, HeshanAccess access, KeyProjectSteps steps, KeyProjectQueries queries,
                CancellationToken ct) =>
            {
                var key = Versions.IdempotencyKey(http.Request);
                var (id, created) = await steps.CreateAsync(request, await access.StaffAsync(ct), key, ct);
                var view = (await queries.GetAsync(id, ct))!;
                http.Response.Headers.ETag = Versions.ETag(view.Version);
                return created ? Results.Created($"/api/v1/heshan/key-projects/{id}", view) : Results.Ok(view);
            })
            .RequireRateLimiting(RateLimitPolicies.Create).WithName("HeshanCreateKeyProject").WithSummary("Put a key project on a fixed flow; needs an Idempotency-Key");
        api.MapGet("/{id:guid}", async (Guid id, HttpResponse response, HeshanAccess access, KeyProjectQueries queries, CancellationToken ct) =>
            {
                var view = (access.IsHeshanStaff ? await queries.GetAsync(id, ct) : null)
                           ?? throw PlatformProblem.NotFound("heshan.project.not_found", "重点项目不存在。");
                response.Headers.ETag = Versions.ETag(view.Version);
                return TypedResults.Ok(view);
            })
            .WithName("HeshanKeyProject").WithSummary("A key project with its stages and deadlines");
        api.MapPost("/{id:guid}/stage", async (Guid id, CompleteStageRequest request, HttpContext http, HeshanAccess access, KeyProjectSteps steps,
                KeyProjectQueries queries, CancellationToken ct) =>
            {
                if (!access.IsHeshanStaff || await queries.GetAsync(id, ct) is null) throw PlatformProblem.NotFound("heshan.project.not_found", "重点项目不存在。");
                await steps.CompleteStageAsync(id, Versions.FromIfMatch(http.Request), request, await access.StaffAsync(ct), ct);
                var view = (await queries.GetAsync(id, ct))!;
                http.Response.Headers.ETag = Versions.ETag(view.Version);
                return TypedResults.Ok(view);
            })
            .WithName("HeshanKeyProjectStage").WithSummary("The unit holding the current stage reports it done; needs If-Match");
        api.MapGet("/todo", async (int? page, int? pageSize, HeshanAccess access, KeyProjectQueries queries, CancellationToken ct) =>
            {
                await access.DemandStaffAsync(ct);
                return TypedResults.Ok(await queries.TodoAsync(await access.UnitCodeAsync(ct), page ?? 1, pageSize ?? 20, ct));
            })
            .WithName("HeshanKeyProjectTodo").WithSummary("The caller's unit's open key-project stages, nearest due first");
        api.MapGet("/reports/{year:int}/{month:int}", async (int year, int month, HeshanAccess access, KeyProjectQueries queries, CancellationToken ct) =>
            {
                await access.DemandStaffAsync(ct);
                if (month is < 1 or > 12 || year is < 2000 or > 2100) throw PlatformProblem.Invalid("heshan.report.month_invalid", "month", "请给出有效的年月。");
                return TypedResults.Ok(await queries.MonthlyAsync(year, month, ct));
            })
            .WithName("HeshanKeyProjectReport").WithSummary("The monthly key-project report");
    }
}

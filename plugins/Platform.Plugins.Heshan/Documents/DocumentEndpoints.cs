using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Identity.Contracts;
using Platform.Kernel.Errors;
using Platform.Plugins.Heshan.Contracts;
using Platform.Plugins.Heshan.Shared;

namespace Platform.Plugins.Heshan.Documents;

/// <summary>
/// 一文直办 for phones and pages, under <c>/api/v1/heshan/documents</c>: filing needs an Idempotency-Key,
/// every step an If-Match with the document's ETag. 鹤山 staff only.
/// </summary>
internal static class DocumentEndpoints
{
    public static void MapDocumentApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/heshan/documents").WithTags("Heshan").RequireAuthorization(IdentityPolicies.Staff);
        api.MapPost("", FileAsync).WithName("HeshanFileDocument").WithSummary("File a document and solicit opinions in parallel; needs an Idempotency-Key")
            .RequireRateLimiting(RateLimitPolicies.Create);
        api.MapGet("", ListAsync).WithName("HeshanDocuments").WithSummary("Documents filed by or waiting on the caller's unit (all for supervisors), paged");
        api.MapGet("/{id:guid}", GetAsync).WithName("HeshanDocument").WithSummary("A document with its route, holders and deadlines");
        api.MapGet("/{id:guid}/flow.svg", FlowAsync).WithName("HeshanDocumentFlow").WithSummary("The document's route as a live SVG flow chart");
        api.MapPost("/{id:guid}/opinions/{unitCode}", (Guid id, string unitCode, OpinionRequest request, HttpContext http, RouteSteps steps,
                HeshanAccess access, DocumentQueries queries, CancellationToken ct) =>
            StepAsync(http, id, access, queries, (v, a) => steps.AnswerOpinionAsync(id, v, unitCode, request, a, ct), ct))
            .WithName("HeshanDocumentOpinion").WithSummary("A department's sealed opinion; needs If-Match");
        api.MapPost("/{id:guid}/sign-off", (Guid id, SignOffRequest request, HttpContext http, RouteSteps steps, HeshanAccess access,
                DocumentQueries queries, CancellationToken ct) =>
            StepAsync(http, id, access, queries, (v, a) => steps.SignOffAsync(id, v, request, a, access.IsLeader, ct), ct))
            .WithName("HeshanDocumentSignOff").WithSummary("The leader's sign-off; needs If-Match");
        api.MapPost("/{id:guid}/action", (Guid id, CompleteActionRequest request, HttpContext http, RouteSteps steps, HeshanAccess access,
                DocumentQueries queries, CancellationToken ct) =>
            StepAsync(http, id, access, queries, (v, a) => steps.CompleteActionAsync(id, v, request, a, ct), ct))
            .WithName("HeshanDocumentAction").WithSummary("The acting unit reports the document carried out; needs If-Match");
    }

    private static async Task<IResult> FileAsync(FileDocumentRequest request, HttpContext http, HeshanAccess access, FileDocument file,
        DocumentQueries queries, CancellationToken ct)
    {
        var key = Versions.IdempotencyKey(http.Request);
        var actor = await access.StaffAsync(ct);
        var (id, created) = await file.HandleAsync(request, actor, key, ct);
        var view = (await queries.GetAsync(id, ct))!;
        http.Response.Headers.ETag = Versions.ETag(view.Version);
        return created ? TypedResults.Created($"/api/v1/heshan/documents/{id}", view) : TypedResults.Ok(view);
    }

    private static async Task<Ok<PagedList<DocumentSummary>>> ListAsync(int? page, int? pageSize, HeshanAccess access, DocumentQueries queries,
        CancellationToken ct)
    {
        await access.DemandStaffAsync(ct);
        var unit = access.Actor.IsInRole(Role.Supervisor) || access.Actor.IsInRole(Role.RegionAdmin) ? null : await access.UnitCodeAsync(ct);
        return TypedResults.Ok(await queries.ListAsync(unit, page ?? 1, pageSize ?? 20, ct));
    }

    private static async Task<Ok<DocumentView>> GetAsync(Guid id, HttpResponse response, HeshanAccess access, DocumentQueries queries, CancellationToken ct)
    {
        var view = await VisibleAsync(id, access, queries, ct);
        response.Headers.ETag = Versions.ETag(view.Version);
        return TypedResults.Ok(view);
    }

    private static async Task<IResult> FlowAsync(Guid id, HeshanAccess access, DocumentQueries queries, CancellationToken ct) =>
        TypedResults.Text(RouteFlowChart.Render(await VisibleAsync(id, access, queries, ct)), "image/svg+xml; charset=utf-8");

    private static async Task<Ok<DocumentView>> StepAsync(HttpContext http, Guid id, HeshanAccess access, DocumentQueries queries,
        Func<int, HeshanActor, Task> step, CancellationToken ct)
    {
        await VisibleAsync(id, access, queries, ct);
        var version = Versions.FromIfMatch(http.Request);
        await step(version, await access.StaffAsync(ct));
        var after = (await queries.GetAsync(id, ct))!;
        http.Response.Headers.ETag = Versions.ETag(after.Version);
        return TypedResults.Ok(after);
    }

    private static async Task<DocumentView> VisibleAsync(Guid id, HeshanAccess access, DocumentQueries queries, CancellationToken ct)
    {
        var view = access.IsHeshanStaff ? await queries.GetAsync(id, ct) : null;
        return view ?? throw PlatformProblem.NotFound("heshan.document.not_found", "公文不存在。");
    }
}

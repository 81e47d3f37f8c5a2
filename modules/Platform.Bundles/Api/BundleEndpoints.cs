using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Bundles.Contracts;
using Platform.Bundles.Definitions;
using Platform.Bundles.Delivery;
using Platform.Bundles.Intake;
using Platform.Bundles.Tracking;
using Platform.Identity.Contracts;
using Platform.Kernel.Errors;

namespace Platform.Bundles.Api;

/// <summary>Public bundle reads and guidance, bundle-case submission and steps, and the admin's drafts and publication.</summary>
internal static class BundleEndpoints
{
    public static void MapBundleApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").WithTags("Bundles");
        api.MapGet("/regions/{region}/bundles", (string region, string? q, int? page, int? pageSize, IBundleCatalogue bundles, CancellationToken ct) =>
                bundles.SearchPublishedAsync(region, q, page ?? 1, pageSize ?? 20, ct))
            .WithName("ListBundles").WithSummary("A region's bundles (一件事) in force now, paged").AllowAnonymous();
        api.MapGet("/regions/{region}/bundles/{code}", GetPublishedAsync).WithName("GetBundle").WithSummary("A bundle in force now: list, form, chart and guide")
            .AllowAnonymous();
        api.MapPost("/regions/{region}/bundles/{code}/guidance", (string region, string code, GuidanceRequest request, IBundleCatalogue bundles,
                CancellationToken ct) => bundles.GuideAsync(region, code, request.Answers ?? [], ct))
            .WithName("BundleGuidance").WithSummary("一次告知: the matters and the one deduplicated material list for the situation answers")
            .DisableAntiforgery().AllowAnonymous();
        api.MapPost("/bundle-cases", SubmitAsync).WithName("SubmitBundleCase").WithSummary("Submit a bundle application; needs an Idempotency-Key")
            .RequireAuthorization().RequireRateLimiting(RateLimitPolicies.Create);
        api.MapGet("/bundle-cases/{id:guid}", GetCaseAsync).WithName("GetBundleCase").WithSummary("A bundle case with every member's state and due date")
            .RequireAuthorization();
        api.MapGet("/bundle-cases", ListAsync).WithName("ListBundleCases").WithSummary("The region's bundle cases (staff) or the applicant's own, paged")
            .RequireAuthorization();
        api.MapPost("/bundle-cases/{id:guid}/accept", AcceptAsync).WithName("AcceptBundleCase").WithSummary("Accept every member at one window; needs If-Match")
            .RequireAuthorization(IdentityPolicies.Staff);
        api.MapPost("/bundle-cases/{id:guid}/deliver", DeliverAsync).WithName("DeliverBundleCase").WithSummary("One combined delivery; needs If-Match")
            .RequireAuthorization(IdentityPolicies.Staff);
        api.MapBundleAdminApi();
    }

    private static async Task<Ok<BundleVersion>> GetPublishedAsync(string region, string code, IBundleCatalogue bundles, Platform.Kernel.Time.IClock clock,
        CancellationToken ct) =>
        TypedResults.Ok(await bundles.InForceAsync(region, code, clock.Now, ct)
                        ?? throw PlatformProblem.NotFound("bundle.not_found", $"地区 {region} 没有正在施行的一件事 {code}。"));

    private static async Task<Created<BundleCaseView>> SubmitAsync(SubmitBundleRequest request, HttpContext http, BundleApplications applications,
        BundleCaseQueries queries, CancellationToken ct)
    {
        var id = await applications.SubmitAsync(request, http.Request.Headers["Idempotency-Key"].ToString(), ct);
        var view = (await queries.GetAsync(id, ct))!;
        http.Response.Headers.ETag = BundleVersionHeader.ETag(view.Version);
        return TypedResults.Created($"/api/v1/bundle-cases/{id}", view);
    }

    private static async Task<Ok<BundleCaseView>> GetCaseAsync(Guid id, HttpResponse response, BundleCaseQueries queries, BundleAccess access,
        CancellationToken ct)
    {
        var view = await queries.GetAsync(id, ct);
        if (view is null) throw PlatformProblem.NotFound("bundle.case.not_found", "一件事办件不存在。");
        await access.DemandVisibleAsync(view.RegionCode, view.ApplicantId, view.EnterpriseCode, ct);
        response.Headers.ETag = BundleVersionHeader.ETag(view.Version);
        return TypedResults.Ok(view);
    }

    private static async Task<Ok<BundleCaseListPage>> ListAsync(int? page, int? pageSize, ICurrentActor actor, BundleAccess access,
        BundleCaseQueries queries, CancellationToken ct)
    {
        var size = Math.Clamp(pageSize ?? 20, 1, 100);
        var (items, total) = access.IsApplicant
            ? await queries.ListAsync(null, access.UserId, access.EnterpriseId, page ?? 1, size, ct)
            : await queries.ListAsync(actor.RegionCode ?? throw PlatformProblem.Forbidden("identity.forbidden", "平台管理员没有一件事办件列表。"),
                null, null, page ?? 1, size, ct);
        return TypedResults.Ok(new BundleCaseListPage(items, page ?? 1, size, total));
    }

    private static async Task<Ok<BundleCaseView>> AcceptAsync(Guid id, HttpContext http, BundleAccess access, AcceptBundle accept,
        BundleCaseQueries queries, ICurrentActor actor, CancellationToken ct)
    {
        var version = BundleVersionHeader.FromIfMatch(http.Request);
        var region = actor.RegionCode ?? throw PlatformProblem.NotFound("bundle.case.not_found", "一件事办件不存在。");
        if (!access.IsWindowClerkOf(region)) throw PlatformProblem.Forbidden("identity.forbidden", "只有窗口人员可以受理一件事。");
        await accept.HandleAsync(id, version, await access.ActorAsync(region, ct), await access.UnitAsync(ct), ct);
        return await ViewAsync(id, http, queries, ct);
    }

    private static async Task<Ok<BundleCaseView>> DeliverAsync(Guid id, DeliverBundleRequest request, HttpContext http, BundleAccess access,
        DeliverBundle deliver, BundleCaseQueries queries, ICurrentActor actor, CancellationToken ct)
    {
        var version = BundleVersionHeader.FromIfMatch(http.Request);
        var region = actor.RegionCode ?? throw PlatformProblem.NotFound("bundle.case.not_found", "一件事办件不存在。");
        if (!access.IsWindowClerkOf(region)) throw PlatformProblem.Forbidden("identity.forbidden", "只有窗口人员可以统一送达。");
        await deliver.HandleAsync(id, version, request.Method, request.TrackingNumber, request.Note, await access.ActorAsync(region, ct), ct);
        return await ViewAsync(id, http, queries, ct);
    }

    private static async Task<Ok<BundleCaseView>> ViewAsync(Guid id, HttpContext http, BundleCaseQueries queries, CancellationToken ct)
    {
        var view = (await queries.GetAsync(id, ct))!;
        http.Response.Headers.ETag = BundleVersionHeader.ETag(view.Version);
        return TypedResults.Ok(view);
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Bundles.Contracts;
using Platform.Bundles.Definitions;
using Platform.Identity.Contracts;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;

namespace Platform.Bundles.Api;

/// <summary>Region admins: list every bundle, save a draft, open a draft from the published version, publish, history.</summary>
internal static class BundleAdminEndpoints
{
    public static void MapBundleAdminApi(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin/regions/{region}/bundles").RequireAuthorization(IdentityPolicies.RegionAdmin).WithTags("Bundles admin");
        admin.MapGet("", async (string region, int? page, int? pageSize, IAccessPolicy policy, BundleCatalogue bundles, CancellationToken ct) =>
        {
            await policy.DemandAdministerRegionAsync(region, ct);
            return TypedResults.Ok(await bundles.LatestAsync(region, page ?? 1, pageSize ?? 20, ct));
        }).WithName("AdminListBundles");
        admin.MapPut("/draft", async (string region, BundleDefinition definition, IAccessPolicy policy, ICurrentActor actor, BundleAdmin bundles,
            CancellationToken ct) =>
        {
            await policy.DemandAdministerRegionAsync(region, ct);
            return TypedResults.Ok(await bundles.SaveDraftAsync(region, definition, Actor(actor), ct));
        }).WithName("SaveBundleDraft").WithSummary("Create or replace the draft of a bundle");
        admin.MapPost("/{code}/draft", async (string region, string code, IAccessPolicy policy, ICurrentActor actor, BundleAdmin bundles,
            CancellationToken ct) =>
        {
            await policy.DemandAdministerRegionAsync(region, ct);
            return TypedResults.Ok(await bundles.OpenDraftAsync(region, code, Actor(actor), ct));
        }).WithName("OpenBundleDraft").WithSummary("Open a draft copied from the latest published version");
        admin.MapPost("/{code}/publish", async (string region, string code, PublishBundleRequest request, IAccessPolicy policy, ICurrentActor actor,
            BundleAdmin bundles, IClock clock, CancellationToken ct) =>
        {
            await policy.DemandAdministerRegionAsync(region, ct);
            return TypedResults.Ok(await bundles.PublishAsync(region, code, request.ValidFrom ?? clock.Now, Actor(actor), ct));
        }).WithName("PublishBundle").WithSummary("Publish the draft from a validity start (now when omitted)");
        admin.MapGet("/{code}/versions", async (string region, string code, IAccessPolicy policy, BundleAdmin bundles, CancellationToken ct) =>
        {
            await policy.DemandAdministerRegionAsync(region, ct);
            return TypedResults.Ok(await bundles.HistoryAsync(region, code, ct));
        }).WithName("BundleHistory");
    }

    private static string Actor(ICurrentActor actor) =>
        actor.UserId?.ToString() ?? throw PlatformProblem.Forbidden("identity.forbidden", "请先登录。");
}

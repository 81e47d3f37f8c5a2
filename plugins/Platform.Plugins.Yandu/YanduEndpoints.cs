using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Identity.Contracts;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;
using Platform.Plugins.Yandu.Agents;
using Platform.Plugins.Yandu.Inspections;
using Platform.Plugins.Yandu.NoFace;

namespace Platform.Plugins.Yandu;

/// <summary>
/// 盐都's API: the public no-face list, agent catalogue and inspection results under <c>/api/v1/regions/320903</c>;
/// staff operations (publish the list, assign agents, draw inspections) under <c>/api/v1/yandu</c>.
/// </summary>
internal static class YanduEndpoints
{
    private const string Region = YanduModule.RegionCode;

    public static void MapYanduApi(this IEndpointRouteBuilder endpoints)
    {
        var open = endpoints.MapGroup($"/api/v1/regions/{Region}").WithTags("Yandu").AllowAnonymous();
        open.MapGet("/no-face-list", async (string? q, int? page, int? pageSize, NoFaceList list, CancellationToken ct) =>
            TypedResults.Ok(await list.PageAsync(Region, q, page ?? 1, pageSize ?? 20, ct))).WithName("YanduNoFaceList").WithSummary("不见面审批清单 (published)");
        open.MapGet("/no-face-list/{code}", async Task<Results<Ok<NoFaceEntry>, NotFound>> (string code, NoFaceList list, CancellationToken ct) =>
            await list.EntryAsync(Region, code, ct) is { } entry ? TypedResults.Ok(entry) : TypedResults.NotFound()).WithName("YanduNoFaceEntry");
        open.MapGet("/online-rate", async Task<Ok<OnlineRateView>> (DateOnly? from, DateOnly? to, OnlineRates rates,
                IClock clock, CancellationToken ct) =>
            {
                var (start, end) = OnlineRatePeriod.Of(from, to, clock.Now);
                return TypedResults.Ok(await rates.OfAsync(Region, start, end, ct));
            })
            .WithName("YanduOnlineRate").WithSummary("网上办理率：事项口径（方案）与办件口径（平台）");
        open.MapGet("/agents", async (int? page, int? pageSize, AgentCatalogue agents, CancellationToken ct) =>
            TypedResults.Ok(await agents.PageAsync(Region, page ?? 1, pageSize ?? 20, ct))).WithName("YanduAgents").WithSummary("代办员目录");
        open.MapGet("/inspection-results", async (int? page, int? pageSize, InspectionResults results, CancellationToken ct) =>
            TypedResults.Ok(await results.PublishedAsync(Region, page ?? 1, pageSize ?? 20, ct))).WithName("YanduInspectionResults").WithSummary("双随机抽查结果公示");

        var staff = endpoints.MapGroup("/api/v1/yandu").WithTags("Yandu").RequireAuthorization(IdentityPolicies.Staff);
        staff.MapPost("/no-face-list/publish", async (ICurrentActor actor, IAccessPolicy policy, NoFaceList list, CancellationToken ct) =>
        {
            await policy.DemandAdministerRegionAsync(Region, ct);
            return TypedResults.Ok(new NoFaceListPublished(await list.PublishAsync(Region, actor.DisplayName, ct)));
        }).WithName("YanduPublishNoFaceList");
        staff.MapPost("/agent-assignments", async (AssignAgentRequest request, HttpRequest http, ICurrentActor actor, IAccessPolicy policy,
            AgentAssignments assignments, CancellationToken ct) =>
        {
            await policy.DemandRegionAsync(Region, ct);
            var id = await assignments.AssignAsync(Region, request, actor.UserId!.Value.ToString(), IdempotencyKey(http), ct);
            return TypedResults.Ok(await assignments.GetAsync(id, Region, ct));
        }).WithName("YanduAssignAgent").WithSummary("指派代办员（首问负责，限时办结）");
        staff.MapPost("/agent-assignments/{id:guid}/complete", async (Guid id, ICurrentActor actor, IAccessPolicy policy, AgentAssignments assignments,
            CancellationToken ct) =>
        {
            await policy.DemandRegionAsync(Region, ct);
            await assignments.CompleteAsync(id, Region, actor.UserId!.Value.ToString(), ct);
            return TypedResults.Ok(await assignments.GetAsync(id, Region, ct));
        }).WithName("YanduCompleteAgent");
        endpoints.MapGet("/api/v1/yandu/agent-assignments/{id:guid}", async Task<Results<Ok<AssignmentView>, NotFound>> (Guid id, ICurrentActor actor,
            IAccessPolicy policy, AgentAssignments assignments, CancellationToken ct) =>
        {
            var view = await assignments.GetAsync(id, Region, ct);
            return view is not null && (policy.CanSeeRegion(Region) || actor.EnterpriseId == view.EnterpriseCode) ? TypedResults.Ok(view) : TypedResults.NotFound();
        }).WithTags("Yandu").RequireAuthorization().WithName("YanduAgentAssignment");
        endpoints.MapPost("/api/v1/yandu/agent-assignments/{id:guid}/rating", async (Guid id, RateAgentRequest request, ICurrentActor actor,
            AgentAssignments assignments, CancellationToken ct) =>
        {
            var enterprise = actor.EnterpriseId ?? throw PlatformProblem.Forbidden("identity.forbidden", "只有接受代办的企业可以评价代办员。");
            await assignments.RateAsync(id, Region, enterprise, request.Rating, request.Comment, actor.UserId!.Value.ToString(), ct);
            return TypedResults.Ok(await assignments.GetAsync(id, Region, ct));
        }).WithTags("Yandu").RequireAuthorization(IdentityPolicies.Applicant).WithName("YanduRateAgent");

        staff.MapPost("/inspection-plans", async (PlanRequest request, HttpRequest http, ICurrentActor actor, IAccessPolicy policy, InspectionPlans plans,
            CancellationToken ct) =>
        {
            await policy.DemandRegionAsync(Region, ct);
            var id = await plans.DrawAsync(Region, request, actor.UserId!.Value.ToString(), IdempotencyKey(http), ct);
            return TypedResults.Ok(await plans.GetAsync(id, Region, ct));
        }).WithName("YanduDrawInspection").WithSummary("双随机抽取：记录随机种子，回避利害关系");
        staff.MapGet("/inspection-plans/{id:guid}", async Task<Results<Ok<PlanView>, NotFound>> (Guid id, IAccessPolicy policy, InspectionPlans plans,
            CancellationToken ct) =>
        {
            await policy.DemandRegionAsync(Region, ct);
            return await plans.GetAsync(id, Region, ct) is { } plan ? TypedResults.Ok(plan) : TypedResults.NotFound();
        }).WithName("YanduInspectionPlan").WithSummary("抽查计划，含按记录的种子重新抽取的复核结果");
        staff.MapPost("/inspection-plans/{id:guid}/targets/{ordinal:int}/result", async (Guid id, int ordinal, ResultRequest request, ICurrentActor actor,
            IAccessPolicy policy, InspectionResults results, InspectionPlans plans, CancellationToken ct) =>
        {
            await policy.DemandRegionAsync(Region, ct);
            await results.RecordAsync(id, ordinal, Region, request, actor.UserId!.Value.ToString(), ct);
            return TypedResults.Ok(await plans.GetAsync(id, Region, ct));
        }).WithName("YanduInspectionResult").WithSummary("登记并公示抽查结果");
    }

    private static string IdempotencyKey(HttpRequest http)
    {
        var key = http.Headers["Idempotency-Key"].ToString();
        return key.Length is 0 or > 100
            ? throw PlatformProblem.Invalid("request.idempotency_key_required", "Idempotency-Key", "创建请求须带 Idempotency-Key 请求头（不超过 100 个字符）。")
            : key;
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Identity.Contracts;
using Platform.Supervision.Contracts;
using Platform.Supervision.Evaluations;
using Platform.Supervision.Orders;

namespace Platform.Supervision.Api;

/// <summary>Supervision orders, evaluations and rectifications: creating requests take Idempotency-Key, transitions If-Match.</summary>
internal static class WorkEndpoints
{
    public static void MapWorkApi(this RouteGroupBuilder api)
    {
        api.MapPost("/orders", OpenOrderAsync).WithName("OpenSupervisionOrder").WithSummary("Open a supervision order (督办) on a warned case")
            .RequireAuthorization(IdentityPolicies.Supervisor).RequireRateLimiting(RateLimitPolicies.Create);
        api.MapGet("/orders", OrdersAsync).WithName("SupervisionOrders").WithSummary("Orders of the region (supervisors) or of the caller's unit")
            .RequireAuthorization(IdentityPolicies.Staff);
        api.MapGet("/orders/{id:guid}", OrderAsync).WithName("SupervisionOrder").RequireAuthorization(IdentityPolicies.Staff);
        api.MapPost("/orders/{id:guid}/answer", AnswerAsync).WithName("AnswerSupervisionOrder").WithSummary("The unit answers an order; needs If-Match")
            .RequireAuthorization(IdentityPolicies.Staff);
        api.MapPost("/cases/{caseId:guid}/evaluations", RateAsync).WithName("RateCase")
            .WithSummary("The applicant rates a completed case (好差评); needs an Idempotency-Key")
            .RequireAuthorization(IdentityPolicies.Applicant).RequireRateLimiting(RateLimitPolicies.Create);
        api.MapGet("/rectifications", RectificationsAsync).WithName("Rectifications").RequireAuthorization(IdentityPolicies.Staff);
        api.MapGet("/rectifications/{id:guid}", RectificationAsync).WithName("Rectification").RequireAuthorization(IdentityPolicies.Staff);
        api.MapPost("/rectifications/{id:guid}/callback", (Guid id, NoteRequest body, HttpContext http, SupervisionAccess access, Rectifications r,
                CancellationToken ct) => StepAsync(http, v => r.CallBackAsync(id, v, body.Note ?? "", access, ct)))
            .WithName("RectificationCallback").WithSummary("The unit called the applicant back").RequireAuthorization(IdentityPolicies.Staff);
        api.MapPost("/rectifications/{id:guid}/fix", (Guid id, NoteRequest body, HttpContext http, SupervisionAccess access, Rectifications r,
                CancellationToken ct) => StepAsync(http, v => r.ReportFixAsync(id, v, body.Note ?? "", access, ct)))
            .WithName("RectificationFix").WithSummary("The unit reports the fix; the applicant may re-rate").RequireAuthorization(IdentityPolicies.Staff);
        api.MapPost("/rectifications/{id:guid}/verify", (Guid id, VerifyRequest body, HttpContext http, SupervisionAccess access, Rectifications r,
                CancellationToken ct) => StepAsync(http, v => r.VerifyAsync(id, v, body.Reason ?? "", access, ct)))
            .WithName("RectificationVerify").WithSummary("A supervisor closes a rectification with a reason").RequireAuthorization(IdentityPolicies.Supervisor);
    }

    private static async Task<IResult> OpenOrderAsync(OpenOrderRequest body, HttpContext http, SupervisionAccess access, SupervisionOrders orders,
        CancellationToken cancellationToken)
    {
        var key = HttpHeaders.IdempotencyKey(http.Request);
        var (order, created) = await orders.OpenAsync(body.CaseId, body.Reason ?? "", key, access, cancellationToken);
        HttpHeaders.ETag(http.Response, order.Version);
        return created ? TypedResults.Created($"/api/v1/supervision/orders/{order.Id}", order) : TypedResults.Ok(order);
    }

    private static async Task<Ok<Paged<SupervisionOrderView>>> OrdersAsync(string? state, int? page, int? size, SupervisionAccess access,
        SupervisionOrders orders, CancellationToken cancellationToken)
    {
        var (region, unit) = await ScopeAsync(access, cancellationToken);
        var (p, s) = Paged<SupervisionOrderView>.Clamp(page, size);
        return TypedResults.Ok(await orders.ListAsync(region, unit, state, p, s, cancellationToken));
    }

    private static async Task<Ok<SupervisionOrderView>> OrderAsync(Guid id, HttpContext http, SupervisionAccess access, SupervisionOrders orders,
        CancellationToken cancellationToken)
    {
        var row = await orders.GetRowAsync(id, cancellationToken);
        await access.DemandUnitOrSupervisorAsync(row?.RegionCode ?? "", row?.UnitCode ?? "", "supervision.order.not_found", "督办单", cancellationToken);
        HttpHeaders.ETag(http.Response, row!.Version);
        return TypedResults.Ok(row.ToView());
    }

    private static async Task<Ok<SupervisionOrderView>> AnswerAsync(Guid id, AnswerRequest body, HttpContext http, SupervisionAccess access,
        SupervisionOrders orders, CancellationToken cancellationToken)
    {
        var order = await orders.AnswerAsync(id, HttpHeaders.IfMatch(http.Request), body.Answer ?? "", access, cancellationToken);
        HttpHeaders.ETag(http.Response, order.Version);
        return TypedResults.Ok(order);
    }

    private static async Task<Results<Created<EvaluationView>, Ok<EvaluationView>>> RateAsync(Guid caseId, RatingRequest body, HttpContext http,
        SupervisionAccess access, EvaluationService evaluations, CancellationToken cancellationToken)
    {
        var (rating, created) = await evaluations.RateAsync(caseId, body, HttpHeaders.IdempotencyKey(http.Request), access, cancellationToken);
        return created ? TypedResults.Created($"/api/v1/supervision/cases/{caseId}/evaluations/{rating.Id}", rating) : TypedResults.Ok(rating);
    }

    private static async Task<Ok<Paged<RectificationView>>> RectificationsAsync(string? state, int? page, int? size, SupervisionAccess access,
        RectificationQueries rectifications, CancellationToken cancellationToken)
    {
        var (region, unit) = await ScopeAsync(access, cancellationToken);
        var (p, s) = Paged<RectificationView>.Clamp(page, size);
        return TypedResults.Ok(await rectifications.ListAsync(region, unit, state, p, s, cancellationToken));
    }

    private static async Task<Ok<RectificationView>> RectificationAsync(Guid id, HttpContext http, SupervisionAccess access, Rectifications rectifications,
        CancellationToken cancellationToken)
    {
        var row = await rectifications.GetRowAsync(id, cancellationToken);
        await access.DemandUnitOrSupervisorAsync(row?.RegionCode ?? "", row?.UnitCode ?? "", "supervision.rectification.not_found", "整改单",
            cancellationToken);
        HttpHeaders.ETag(http.Response, row!.Version);
        return TypedResults.Ok(row.ToView());
    }

    private static async Task<IResult> StepAsync(HttpContext http, Func<int, Task<RectificationView>> step)
    {
        var view = await step(HttpHeaders.IfMatch(http.Request));
        HttpHeaders.ETag(http.Response, view.Version);
        return TypedResults.Ok(view);
    }

    /// <summary>Supervisors see the region's records; staff their unit's.</summary>
    private static async Task<(string Region, string? Unit)> ScopeAsync(SupervisionAccess access, CancellationToken cancellationToken) =>
        access.IsSupervisor ? (await access.SupervisedRegionAsync(null, cancellationToken), null) : await access.OwnUnitAsync(cancellationToken);
}

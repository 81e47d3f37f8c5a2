using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Identity.Contracts;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;
using Platform.Projects.Contracts;
using Platform.Projects.Intermediaries;

namespace Platform.Projects.Api;

/// <summary>
/// Intermediary services (中介服务): the public matter list and firm list, and the enterprise's own commissions, reports and ratings.
/// Every write is the project enterprise's own: no staff endpoint chooses, recommends or assigns a firm (临湘's rule).
/// </summary>
internal static class IntermediaryEndpoints
{
    public static void MapIntermediaryApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").WithTags("Intermediaries");
        api.MapGet("/regions/{region}/intermediary-matters", MattersAsync).WithName("IntermediaryMatters")
            .WithSummary("The intermediary-service matters (中介服务事项清单) with their material, time limit and offering firms").AllowAnonymous();
        api.MapGet("/regions/{region}/intermediary-firms", FirmsAsync).WithName("IntermediaryFirms")
            .WithSummary("The listed firms (offering ?matter= when given) in code order, with ratings and broken time limits, paged").AllowAnonymous();
        api.MapGet("/projects/{id:guid}/intermediary-services", ListAsync).WithName("IntermediaryServices")
            .WithSummary("The project's intermediary services").RequireAuthorization();
        api.MapPost("/projects/{id:guid}/intermediary-services", CommissionAsync).WithName("CommissionIntermediary")
            .WithSummary("The project enterprise commissions the firm it chose; needs an Idempotency-Key").RequireAuthorization(IdentityPolicies.Applicant);
        api.MapPost("/intermediary-services/{id:guid}/report", ReportAsync).WithName("IntermediaryReport")
            .WithSummary("The enterprise files the firm's report (an uploaded file)").RequireAuthorization(IdentityPolicies.Applicant);
        api.MapPost("/intermediary-services/{id:guid}/rating", RateAsync).WithName("IntermediaryRating")
            .WithSummary("The enterprise rates the firm (1–5) once the report came").RequireAuthorization(IdentityPolicies.Applicant);
    }

    private static async Task<Ok<IReadOnlyList<IntermediaryMatter>>> MattersAsync(string region, IntermediaryMatterStore matters, CancellationToken ct) =>
        TypedResults.Ok(await matters.ListAsync(region, ct));

    private static async Task<Ok<Paged<FirmStanding>>> FirmsAsync(string region, string? matter, int? page, int? pageSize, ServiceStore services,
        IClock clock, CancellationToken ct)
    {
        var (number, size) = Paged<FirmStanding>.Clamp(page, pageSize);
        var (items, total) = await services.FirmsAsync(region, matter, BusinessTime.DateOf(clock.Now), number, size, ct);
        return TypedResults.Ok(new Paged<FirmStanding>(items, number, size, total));
    }

    private static async Task<Ok<IReadOnlyList<ServiceRow>>> ListAsync(Guid id, ProjectAccess access, IProjectReader reader, ServiceStore services,
        CancellationToken ct)
    {
        await access.DemandVisibleAsync(await reader.GetAsync(id, ct), ct);
        return TypedResults.Ok(await services.ForProjectAsync(id, ct));
    }

    private static async Task<IResult> CommissionAsync(Guid id, CommissionRequest request, HttpRequest http, ProjectAccess access, IProjectReader reader,
        CommissionService commission, CancellationToken ct)
    {
        var view = await access.DemandVisibleAsync(await reader.GetAsync(id, ct), ct);
        access.DemandApplicant(view);
        var (service, created) = await commission.HandleAsync(
            new Commission(id, Required(request.MatterCode, "matterCode", "请选择中介服务事项。"), Required(request.FirmCode, "firmCode", "请自主选择中介机构。")),
            access.EnterpriseCode, access.UserId, ProjectAccess.IdempotencyKey(http), ct);
        return created ? TypedResults.Created($"/api/v1/projects/{id}/intermediary-services", service) : TypedResults.Ok(service);
    }

    private static async Task<Ok<ServiceRow>> ReportAsync(Guid id, ReportRequest request, ProjectAccess access, RecordReport report, CancellationToken ct) =>
        TypedResults.Ok(await report.HandleAsync(id, access.EnterpriseCode,
            request.FileId ?? throw PlatformProblem.Invalid("request.field_invalid", "fileId", "请上传中介服务成果文件。"),
            Required(request.ReportNo, "reportNo", "请填写成果文号。"), access.UserId, ct));

    private static async Task<Ok<ServiceRow>> RateAsync(Guid id, RatingRequest request, ProjectAccess access, RateFirm rate, CancellationToken ct) =>
        TypedResults.Ok(await rate.HandleAsync(id, access.EnterpriseCode,
            request.Score ?? throw PlatformProblem.Invalid("intermediary.rating_invalid", "score", "请给出 1 至 5 的评分。"), request.Comment, access.UserId, ct));

    private static string Required(string? value, string field, string rule) =>
        string.IsNullOrWhiteSpace(value) || value.Length > 200 ? throw PlatformProblem.Invalid("request.field_invalid", field, rule) : value.Trim();
}

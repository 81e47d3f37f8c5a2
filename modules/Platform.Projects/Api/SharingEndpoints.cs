using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Npgsql;
using Platform.Identity.Contracts;
using Platform.Kernel.Errors;
using Platform.Projects.Contracts;
using Platform.Projects.Sharing;

namespace Platform.Projects.Api;

/// <summary>Results made once and shared: a project's joint survey (多测合一) and a zone's regional assessments (区域评估).</summary>
internal static class SharingEndpoints
{
    public static void MapSharingApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").WithTags("Projects");
        api.MapPost("/projects/{id:guid}/survey-results", SurveyAsync).WithName("RecordSurveyResult")
            .WithSummary("Record the project's joint survey result once; it satisfies the matching material of every later stage; needs an Idempotency-Key")
            .RequireAuthorization(IdentityPolicies.Staff);
        api.MapGet("/regions/{region}/zone-assessments", ListAsync).WithName("ZoneAssessments")
            .WithSummary("A region's regional assessments by zone with their validity, paged; public (shared free by the zone's projects)")
            .AllowAnonymous();
        api.MapPost("/regions/{region}/zone-assessments", AssessAsync).WithName("RecordZoneAssessment")
            .WithSummary("Record a zone's regional assessment (valid 5 years); needs an Idempotency-Key").RequireAuthorization(IdentityPolicies.RegionAdmin);
    }

    private static async Task<Created<SharedResult>> SurveyAsync(Guid id, SurveyRequest request, HttpRequest http, ProjectAccess access,
        IProjectReader reader, RecordSharedResult record, CancellationToken ct)
    {
        var view = await access.DemandVisibleAsync(await reader.GetAsync(id, ct), ct);
        access.DemandStaff(view);
        var result = await record.SurveyAsync(view.RegionCode, id, Text(request.Name, "name", "请填写测绘成果名称。"),
            Text(request.MaterialName, "materialName", "请填写该成果替代的申请材料名称。"), Text(request.Reference, "reference", "请填写成果编号。"),
            access.UserId, ProjectAccess.IdempotencyKey(http), ct);
        return TypedResults.Created($"/api/v1/projects/{id}", result);
    }

    private static async Task<Ok<Paged<SharedResult>>> ListAsync(string region, string? zone, int? page, int? pageSize, NpgsqlDataSource dataSource,
        CancellationToken ct)
    {
        var (number, size) = Paged<SharedResult>.Clamp(page, pageSize);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var (items, total) = await SharedResultStore.PageAssessmentsAsync(connection, region, string.IsNullOrWhiteSpace(zone) ? null : zone.Trim(), number, size);
        return TypedResults.Ok(new Paged<SharedResult>(items, number, size, total));
    }

    private static async Task<Created<SharedResult>> AssessAsync(string region, AssessmentRequest request, HttpRequest http, ProjectAccess access,
        RecordSharedResult record, CancellationToken ct)
    {
        var issuedOn = request.IssuedOn ?? throw PlatformProblem.Invalid("request.field_invalid", "issuedOn", "请填写评估成果的批复日期。");
        var result = await record.AssessmentAsync(region, Text(request.Zone, "zone", "请填写园区（区域）名称。"), Text(request.Name, "name", "请填写评估名称。"),
            Text(request.MaterialName, "materialName", "请填写该评估替代的申请材料名称。"), Text(request.Reference, "reference", "请填写批复文号。"),
            issuedOn, request.ValidYears, access.UserId, ProjectAccess.IdempotencyKey(http), ct);
        return TypedResults.Created($"/api/v1/regions/{region}/zone-assessments", result);
    }

    public static string Text(string? value, string field, string rule) =>
        string.IsNullOrWhiteSpace(value) || value.Length > 200 ? throw PlatformProblem.Invalid("request.field_invalid", field, rule) : value.Trim();
}

using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Catalogue.Contracts;
using Platform.Catalogue.Exchange;
using Platform.Catalogue.Matters;
using Platform.Catalogue.Versions;
using Platform.Kernel.Errors;

namespace Platform.Catalogue.Api;

/// <summary>The region admin's API: drafts, publication, history and differences, import and export.</summary>
internal static class AdminCatalogueApi
{
    /// <summary>The policy the identity module defines for a region's administrators.</summary>
    public const string RegionAdminPolicy = "region-admin";

    public static IEndpointRouteBuilder MapAdminCatalogueApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/admin/regions/{region}/matters").WithTags("Catalogue administration")
            .RequireAuthorization(RegionAdminPolicy);
        api.MapGet("/", Search).WithName("SearchMattersForAdmin").WithSummary("Latest version of each matter, drafts included");
        api.MapPut("/{code}/draft", SaveDraft).WithName("SaveMatterDraft").WithSummary("Create or replace a matter's draft");
        api.MapPost("/{code}/draft", OpenDraft).WithName("OpenMatterDraft").WithSummary("Start a draft from the latest published version");
        api.MapPost("/{code}/publish", Publish).WithName("PublishMatter").WithSummary("Publish the draft from a validity start");
        api.MapGet("/{code}/versions", History).WithName("MatterVersions").WithSummary("Every version of a matter, newest first");
        api.MapGet("/{code}/diff", Diff).WithName("MatterDiff").WithSummary("Field-by-field difference between two versions");
        api.MapGet("/export", Export).WithName("ExportCatalogue").WithSummary("The catalogue as YAML or xlsx");
        api.MapPost("/imports", Import).WithName("ImportCatalogue").WithSummary("Import YAML or xlsx as drafts; all rows validated first, and with skipInvalid=true the matters in error are left out");
        api.MapGet("/imports/{id:guid}", ImportStatus).WithName("ImportStatus").WithSummary("Progress and errors of an import");
        return endpoints;
    }

    private static async Task<JsonHttpResult<MatterPage>> Search(string region, string? q, string? department, string? type, string? onlineDepth,
        int? page, int? pageSize, MatterAdmin admin, CancellationToken cancellationToken) =>
        TypedResults.Json(await admin.SearchAsync(region, QueryParsing.Matters(q, department, type, onlineDepth, page, pageSize), cancellationToken),
            CatalogueJson.Options);

    private static async Task<JsonHttpResult<MatterVersion>> SaveDraft(string region, string code, HttpRequest request, ClaimsPrincipal user,
        MatterAdmin admin, CancellationToken cancellationToken)
    {
        var matter = await Body<MatterDefinition>(request, cancellationToken);
        if (matter.Code != code) throw PlatformProblem.Invalid("catalogue.code.path_mismatch", "code", "请求体中的实施编码与地址中的不一致");
        return TypedResults.Json(await admin.SaveDraftAsync(region, matter, Actor(user), cancellationToken), CatalogueJson.Options);
    }

    private static async Task<JsonHttpResult<MatterVersion>> OpenDraft(string region, string code, ClaimsPrincipal user, MatterAdmin admin,
        CancellationToken cancellationToken) =>
        TypedResults.Json(await admin.OpenDraftAsync(region, code, Actor(user), cancellationToken), CatalogueJson.Options);

    private static async Task<JsonHttpResult<MatterVersion>> Publish(string region, string code, HttpRequest request, ClaimsPrincipal user,
        MatterAdmin admin, CancellationToken cancellationToken)
    {
        var publish = await Body<PublishRequest>(request, cancellationToken);
        return TypedResults.Json(await admin.PublishAsync(region, code, publish.ValidFrom, publish.ValidTo, Actor(user), cancellationToken),
            CatalogueJson.Options);
    }

    private static async Task<JsonHttpResult<IReadOnlyList<MatterVersion>>> History(string region, string code, MatterAdmin admin,
        CancellationToken cancellationToken) =>
        TypedResults.Json(await admin.HistoryAsync(region, code, cancellationToken), CatalogueJson.Options);

    private static async Task<JsonHttpResult<IReadOnlyList<FieldDifference>>> Diff(string region, string code, int from, int to,
        MatterAdmin admin, CancellationToken cancellationToken) =>
        TypedResults.Json(await admin.DiffAsync(region, code, from, to, cancellationToken), CatalogueJson.Options);

    private static async Task<IResult> Export(string region, string? format, CatalogueExchange exchange, CancellationToken cancellationToken) =>
        format switch
        {
            null or "yaml" => TypedResults.Text(await exchange.ExportYamlAsync(region, cancellationToken), "application/yaml; charset=utf-8"),
            "xlsx" => TypedResults.File(await exchange.ExportXlsxAsync(region, cancellationToken),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"catalogue-{region}.xlsx"),
            _ => throw PlatformProblem.Invalid("catalogue.exchange.format", "format", "格式须为 yaml 或 xlsx"),
        };

    /// <summary>
    /// Stores the whole upload with its job, then runs the import in the background; the page polls the job. A host that dies
    /// before the job ends leaves it to the resume job (any host), so an acknowledged import is never lost.
    /// </summary>
    private static async Task<Accepted<ImportJob>> Import(string region, string? format, bool? skipInvalid, HttpRequest request,
        ClaimsPrincipal user, ImportRunner runner, ImportJobs jobs, CancellationToken cancellationToken)
    {
        if (format is not ("yaml" or "xlsx")) throw PlatformProblem.Invalid("catalogue.exchange.format", "format", "格式须为 yaml 或 xlsx");
        var content = new MemoryStream();
        await request.Body.CopyToAsync(content, cancellationToken);
        var jobId = await runner.StartAsync(region, format, Actor(user), content.ToArray(), skipInvalid ?? false, cancellationToken);
        var job = await jobs.FindAsync(region, jobId, cancellationToken);
        return TypedResults.Accepted($"/api/v1/admin/regions/{region}/matters/imports/{jobId}", job);
    }

    private static async Task<Results<JsonHttpResult<ImportJob>, NotFound>> ImportStatus(string region, Guid id, ImportJobs jobs,
        CancellationToken cancellationToken) =>
        await jobs.FindAsync(region, id, cancellationToken) is { } job ? TypedResults.Json(job, CatalogueJson.Options) : TypedResults.NotFound();

    private static async Task<T> Body<T>(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, CatalogueJson.Options, cancellationToken)
                   ?? throw PlatformProblem.Invalid("catalogue.body.missing", "body", "请求体不能为空");
        }
        catch (JsonException error)
        {
            throw PlatformProblem.Invalid("catalogue.body.malformed", error.Path ?? "body", $"请求体格式错误：{error.Message}");
        }
    }

    private static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";
}

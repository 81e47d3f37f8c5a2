using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Identity.Contracts;
using Platform.Kernel.Errors;
using Platform.Projects.Categories;
using Platform.Projects.Contracts;
using Platform.Projects.Credit;
using Platform.Projects.Register;
using Platform.Projects.Stages;

namespace Platform.Projects.Api;

/// <summary>Construction projects: register (one project code), file a stage with one form, accept it at the stage window, read.</summary>
internal static class ProjectEndpoints
{
    public static void MapProjectApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").WithTags("Projects");
        api.MapGet("/regions/{region}/project-categories", CategoriesAsync).WithName("ProjectCategories")
            .WithSummary("The region's project categories with their chain caps and four stage templates").AllowAnonymous();
        api.MapGet("/regions/{region}/intermediaries", IntermediariesAsync).WithName("Intermediaries")
            .WithSummary("The intermediary-service list (中介服务名录), paged").AllowAnonymous();
        api.MapPost("/projects", RegisterAsync).WithName("RegisterProject").WithSummary("Register a project and give it its code; needs an Idempotency-Key")
            .RequireAuthorization(IdentityPolicies.Applicant);
        api.MapGet("/projects", ListAsync).WithName("Projects").WithSummary("The region's projects (staff) or the enterprise's own, paged")
            .RequireAuthorization();
        api.MapGet("/projects/{id:guid}", GetAsync).WithName("GetProject").WithSummary("A project with its four stages, parallel matters and chain clock")
            .RequireAuthorization();
        api.MapPost("/projects/{id:guid}/stages/{ordinal:int}", FileAsync).WithName("FileStage")
            .WithSummary("File a stage with its one form; opens the member cases in parallel; needs If-Match").RequireAuthorization(IdentityPolicies.Applicant);
        api.MapPost("/projects/{id:guid}/stages/{ordinal:int}/accept", AcceptAsync).WithName("AcceptStage")
            .WithSummary("Accept a filed stage at its one window; starts the stage and chain clocks; needs If-Match").RequireAuthorization(IdentityPolicies.Staff);
        api.MapPost("/projects/{id:guid}/agent", AgentAsync).WithName("AssignProjectAgent")
            .WithSummary("Mark a key project and assign its agent; needs If-Match").RequireAuthorization(IdentityPolicies.Staff);
    }

    private static async Task<Ok<IReadOnlyList<ProjectCategory>>> CategoriesAsync(string region, CategoryStore categories, CancellationToken ct) =>
        TypedResults.Ok(await categories.ListAsync(region, ct));

    private static async Task<Ok<Paged<Intermediary>>> IntermediariesAsync(string region, int? page, int? pageSize, IntermediaryStore store,
        CancellationToken ct)
    {
        var (number, size) = Paged<Intermediary>.Clamp(page, pageSize);
        var (items, total) = await store.PageAsync(region, number, size, ct);
        return TypedResults.Ok(new Paged<Intermediary>(items, number, size, total));
    }

    private static async Task<IResult> RegisterAsync(RegisterProjectRequest request, HttpRequest http, ProjectAccess access, CreateProject create,
        IProjectReader reader, CancellationToken ct)
    {
        var key = ProjectAccess.IdempotencyKey(http);
        var input = new NewProject(Required(request.RegionCode, "regionCode", "请选择项目所在地区。"), Required(request.Name, "name", "请填写项目名称。"),
            Required(request.CategoryCode, "categoryCode", "请选择项目分类。"), Required(request.ProjectClass, "projectClass", "请选择项目类别。"),
            Required(request.Location, "location", "请填写建设地点。"), string.IsNullOrWhiteSpace(request.Zone) ? null : request.Zone.Trim(),
            access.UserId, access.EnterpriseCode, access.DisplayName);
        var (project, created) = await create.HandleAsync(input, access.UserId, key, ct);
        var view = (await reader.GetAsync(project.Id, ct))!;
        http.HttpContext.Response.Headers.ETag = $"\"{view.Version}\"";
        return created ? TypedResults.Created($"/api/v1/projects/{view.Id}", view) : TypedResults.Ok(view);
    }

    private static async Task<Ok<Paged<ProjectRow>>> ListAsync(string? region, int? page, int? pageSize, ProjectListing listing, CancellationToken ct) =>
        TypedResults.Ok(await listing.PageAsync(region, page, pageSize, ct));

    private static async Task<Ok<ProjectView>> GetAsync(Guid id, HttpResponse response, ProjectAccess access, IProjectReader reader, CancellationToken ct)
    {
        var view = await access.DemandVisibleAsync(await reader.GetAsync(id, ct), ct);
        response.Headers.ETag = $"\"{view.Version}\"";
        return TypedResults.Ok(view);
    }

    private static async Task<Ok<ProjectView>> FileAsync(Guid id, int ordinal, FileStageRequest request, HttpContext http, ProjectAccess access,
        FileStage file, IProjectReader reader, CancellationToken ct)
    {
        var view = await access.DemandVisibleAsync(await reader.GetAsync(id, ct), ct);
        var applicant = access.DemandApplicant(view);
        await file.HandleAsync(new StageFiling(id, ordinal, request.Form ?? [], request.Materials ?? [],
            ProjectAccess.OptionalIdempotencyKey(http.Request)), ProjectAccess.IfMatch(http.Request), applicant, ct);
        return await ReadAsync(id, http, reader, ct);
    }

    private static async Task<Ok<ProjectView>> AcceptAsync(Guid id, int ordinal, HttpContext http, ProjectAccess access, AcceptStage accept,
        IProjectReader reader, CancellationToken ct)
    {
        var view = await access.DemandVisibleAsync(await reader.GetAsync(id, ct), ct);
        await accept.HandleAsync(id, ordinal, ProjectAccess.IfMatch(http.Request), await access.DemandClerkAsync(view, ct), ct);
        return await ReadAsync(id, http, reader, ct);
    }

    private static async Task<Ok<ProjectView>> AgentAsync(Guid id, AssignAgentRequest request, HttpContext http, ProjectAccess access,
        AssignAgent assign, IProjectReader reader, CancellationToken ct)
    {
        var view = await access.DemandVisibleAsync(await reader.GetAsync(id, ct), ct);
        access.DemandStaff(view);
        await assign.HandleAsync(id, ProjectAccess.IfMatch(http.Request), request.KeyProject,
            Required(request.AgentName, "agentName", "请填写代办员姓名。"), access.UserId, ct);
        return await ReadAsync(id, http, reader, ct);
    }

    private static async Task<Ok<ProjectView>> ReadAsync(Guid id, HttpContext http, IProjectReader reader, CancellationToken ct)
    {
        var view = (await reader.GetAsync(id, ct))!;
        http.Response.Headers.ETag = $"\"{view.Version}\"";
        return TypedResults.Ok(view);
    }

    private static string Required(string? value, string field, string rule) =>
        string.IsNullOrWhiteSpace(value) || value.Length > 200 ? throw PlatformProblem.Invalid("request.field_invalid", field, rule) : value.Trim();
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Identity.Contracts;
using Platform.Kernel.Errors;
using Platform.Plugins.Heshan.Contracts;
using Platform.Plugins.Heshan.Shared;

namespace Platform.Plugins.Heshan.Admission;

/// <summary>项目准入 under <c>/api/v1/heshan/admissions</c>: filing needs an Idempotency-Key, entries and the conclusion If-Match. 鹤山 staff only.</summary>
internal static class AdmissionEndpoints
{
    public static void MapAdmissionApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/heshan/admissions").WithTags("Heshan").RequireAuthorization(IdentityPolicies.Staff);
        api.MapPost("", FileAsync).WithName("HeshanFileAdmission").WithSummary("File a project for admission with its materials; needs an Idempotency-Key")
            .RequireRateLimiting(RateLimitPolicies.Create);
        api.MapGet("", async (int? page, int? pageSize, HeshanAccess access, AdmissionQueries queries, CancellationToken ct) =>
            {
                await access.DemandStaffAsync(ct);
                return TypedResults.Ok(await queries.ListAsync(page ?? 1, pageSize ?? 20, ct));
            })
            .WithName("HeshanAdmissions").WithSummary("Admission requests, newest first, paged");
        api.MapGet("/{id:guid}", GetAsync).WithName("HeshanAdmission").WithSummary("An admission request with its one form, deadlines and score");
        api.MapGet("/scoring-model", async (HeshanAccess access, ScoringModels models, Platform.Kernel.Database.ITransactionRunner tx, CancellationToken ct) =>
            {
                await access.DemandStaffAsync(ct);
                return TypedResults.Ok(await tx.RunAsync(models.CurrentAsync, ct));
            })
            .WithName("HeshanScoringModel").WithSummary("The admission scoring model in force: criteria, weights, pass line");
        api.MapPost("/{id:guid}/opinions/{unitCode}", (Guid id, string unitCode, AdmissionOpinionRequest request, HttpContext http, AdmissionSteps steps,
                HeshanAccess access, AdmissionQueries queries, CancellationToken ct) =>
            StepAsync(http, id, access, queries, (v, a) => steps.AnswerAsync(id, v, unitCode, request, a, ct), ct))
            .WithName("HeshanAdmissionOpinion").WithSummary("A department's opinion and scores on the form; needs If-Match");
        api.MapPost("/{id:guid}/conclusion", (Guid id, ConcludeAdmissionRequest request, HttpContext http, AdmissionSteps steps, HeshanAccess access,
                AdmissionQueries queries, CancellationToken ct) =>
            StepAsync(http, id, access, queries, (v, a) => steps.ConcludeAsync(id, v, request, a, ct), ct))
            .WithName("HeshanAdmissionConclusion").WithSummary("发展改革局's conclusion with the computed score, pushed on; needs If-Match");
    }

    private static async Task<IResult> FileAsync(FileAdmissionRequest request, HttpContext http, HeshanAccess access, FileAdmission file,
        AdmissionQueries queries, CancellationToken ct)
    {
        var key = Versions.IdempotencyKey(http.Request);
        var (id, created) = await file.HandleAsync(request, await access.StaffAsync(ct), key, ct);
        var view = (await queries.GetAsync(id, ct))!;
        http.Response.Headers.ETag = Versions.ETag(view.Version);
        return created ? TypedResults.Created($"/api/v1/heshan/admissions/{id}", view) : TypedResults.Ok(view);
    }

    private static async Task<Ok<AdmissionView>> GetAsync(Guid id, HttpResponse response, HeshanAccess access, AdmissionQueries queries, CancellationToken ct)
    {
        var view = await VisibleAsync(id, access, queries, ct);
        response.Headers.ETag = Versions.ETag(view.Version);
        return TypedResults.Ok(view);
    }

    private static async Task<Ok<AdmissionView>> StepAsync(HttpContext http, Guid id, HeshanAccess access, AdmissionQueries queries,
        Func<int, HeshanActor, Task> step, CancellationToken ct)
    {
        await VisibleAsync(id, access, queries, ct);
        await step(Versions.FromIfMatch(http.Request), await access.StaffAsync(ct));
        var after = (await queries.GetAsync(id, ct))!;
        http.Response.Headers.ETag = Versions.ETag(after.Version);
        return TypedResults.Ok(after);
    }

    private static async Task<AdmissionView> VisibleAsync(Guid id, HeshanAccess access, AdmissionQueries queries, CancellationToken ct) =>
        (access.IsHeshanStaff ? await queries.GetAsync(id, ct) : null) ?? throw PlatformProblem.NotFound("heshan.admission.not_found", "准入申请不存在。");
}

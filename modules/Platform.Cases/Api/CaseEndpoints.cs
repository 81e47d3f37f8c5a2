using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Cases.Contracts;
using Platform.Cases.Files;
using Platform.Cases.Tracking;
using Platform.Identity.Contracts;
using Platform.Kernel.Errors;

namespace Platform.Cases.Api;

/// <summary>The case API under <c>/api/v1</c>: files, submission, reading, lists and tracking. Steps are in <see cref="CaseStepEndpoints"/>.</summary>
internal static class CaseEndpoints
{
    public static void MapCaseApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").WithTags("Cases");

        api.MapPost("/files", UploadAsync).WithName("UploadFile").WithSummary("Upload a material file (PDF, OFD, JPEG, PNG)")
            .RequireAuthorization().RequireRateLimiting(RateLimitPolicies.Create).DisableAntiforgery();
        api.MapPost("/cases", SubmitAsync).WithName("SubmitCase").WithSummary("Submit an application; needs an Idempotency-Key")
            .RequireAuthorization().RequireRateLimiting(RateLimitPolicies.Create);
        api.MapGet("/cases/{id:guid}", GetAsync).WithName("GetCase").WithSummary("A case with its deadline, materials and timeline")
            .RequireAuthorization();
        api.MapGet("/cases/track", TrackAsync).WithName("TrackCase").WithSummary("Track a case by its number and query code, without signing in")
            .AllowAnonymous().RequireRateLimiting(RateLimitPolicies.Tracking);
        api.MapGet("/cases/mine", MineAsync).WithName("MyCases").WithSummary("The signed-in applicant's and their enterprise's cases")
            .RequireAuthorization(IdentityPolicies.Applicant);
        api.MapGet("/cases/queue", QueueAsync).WithName("CaseQueue")
            .WithSummary("The caller's queue by due date (intake for windows, routed undecided cases for units), filtered by state, "
                + "matter, due level (normal, yellow, red, overdue) and q (case number or applicant), sorted by due or -due")
            .RequireAuthorization(IdentityPolicies.Staff);
        api.MapGet("/cases/verifications", VerificationsAsync).WithName("PendingVerifications")
            .WithSummary("The caller's unit's pending post-verifications (告知承诺核查), nearest due first")
            .RequireAuthorization(IdentityPolicies.Staff);
        api.MapGet("/cases/requirements", RequirementsAsync).WithName("CaseRequirements")
            .WithSummary("What an application for a matter must carry: its materials with their codes, and the intake routes it allows")
            .AllowAnonymous();
        api.MapCaseSteps();
        api.MapCaseFiles();
        api.MapOnlineServices();
    }

    private static async Task<Ok<StoredFile>> UploadAsync(IFormFile? file, CaseAccess access, FileStore files, ICurrentActor actor,
        CancellationToken cancellationToken)
    {
        if (file is null) throw PlatformProblem.Invalid("case.file.required", "file", "请以 multipart/form-data 的 file 字段上传文件。");
        await using var stream = file.OpenReadStream();
        return TypedResults.Ok(await files.SaveAsync(stream, file.FileName, file.ContentType, access.UserId, cancellationToken));
    }

    private static async Task<IResult> SubmitAsync(SubmitCaseRequest request, HttpRequest http, CaseAccess access, ApplicationInput input,
        Submission.SubmitCase submit, CaseQueries queries, CancellationToken cancellationToken)
    {
        var key = http.Headers["Idempotency-Key"].ToString();
        if (key.Length is 0 or > 100)
            throw PlatformProblem.Invalid("request.idempotency_key_required", "Idempotency-Key", "提交申请须带 Idempotency-Key 请求头（不超过 100 个字符），重试时使用同一个值。");
        var command = await input.ToCommandAsync(request, access, cancellationToken);
        var actor = await access.CurrentAsync(command.RegionCode, cancellationToken);
        var (view, isNew) = await submit.HandleAsync(command, actor, key, queries.OfNewCase, cancellationToken);
        http.HttpContext.Response.Headers.ETag = CaseVersion.ETag(view.Version);
        return isNew
            ? TypedResults.Created($"/api/v1/cases/{view.Id}", new SubmittedCase(view, view.QueryCode))
            : TypedResults.Ok(new SubmittedCase(view, view.QueryCode));
    }

    private static async Task<Ok<ApplicationRequirements>> RequirementsAsync(string? region, string? matter, Domain.IMatterTermsSource matters,
        Platform.Kernel.Time.IClock clock, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(region) || string.IsNullOrWhiteSpace(matter))
            throw PlatformProblem.Invalid("request.field_invalid", "matter", "请给出地区（region）和事项编码（matter）。");
        return TypedResults.Ok(ApplicationRequirements.From(await matters.InForceAsync(region, matter, clock.Now, cancellationToken)));
    }

    private static async Task<Ok<CaseView>> GetAsync(Guid id, HttpResponse response, CaseQueries queries, CaseAccess access,
        CancellationToken cancellationToken)
    {
        var view = await access.DemandVisibleAsync(await queries.GetAsync(id, cancellationToken), cancellationToken);
        response.Headers.ETag = CaseVersion.ETag(view.Version);
        return TypedResults.Ok(view);
    }

    private static async Task<Results<Ok<TrackedCase>, ProblemHttpResult>> TrackAsync(string? number, string? queryCode, CaseTracking tracking,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(number) || string.IsNullOrWhiteSpace(queryCode))
            throw PlatformProblem.Invalid("case.track.input_required", "queryCode", "请输入办件编号和查询码。");
        var tracked = await tracking.TrackAsync(number, queryCode, cancellationToken);
        return tracked is null
            ? TypedResults.Problem(ProblemResults.ToProblemDetails(PlatformProblem.NotFound("case.not_found", "办件编号或查询码不正确。")))
            : TypedResults.Ok(tracked);
    }

    private static async Task<Ok<CaseListPage>> MineAsync(int? page, int? pageSize, CaseAccess access, CaseLists lists, CancellationToken cancellationToken) =>
        TypedResults.Ok(await lists.ApplicantCasesAsync(access.UserId, access.EnterpriseId, page ?? 1, pageSize ?? 20, cancellationToken));

    private static async Task<Ok<CaseListPage>> VerificationsAsync(int? page, int? pageSize, ICurrentActor actor, CaseAccess access,
        Verification.VerificationQueue queue, CancellationToken cancellationToken)
    {
        var region = actor.RegionCode ?? throw PlatformProblem.Forbidden("identity.forbidden", "平台管理员没有核查队列。");
        var unit = await access.UnitCodeAsync(cancellationToken) ?? throw PlatformProblem.Forbidden("identity.forbidden", "您不属于任何办理单位。");
        return TypedResults.Ok(await queue.PendingAsync(region, unit, page ?? 1, pageSize ?? 20, cancellationToken));
    }

    private static async Task<Ok<CaseListPage>> QueueAsync(int? page, int? pageSize, string? state, string? matter, string? due, string? q,
        string? sort, ICurrentActor actor, CaseAccess access, CaseLists lists, CancellationToken cancellationToken)
    {
        var region = actor.RegionCode ?? throw PlatformProblem.Forbidden("identity.forbidden", "平台管理员没有办件队列。");
        if (access.IsWindowClerkOf(region))
        {
            var intake = QueueFilter.From(state, matter, due, q, sort, CaseLists.IntakeStates);
            return TypedResults.Ok(await lists.IntakeQueueAsync(region, intake, page ?? 1, pageSize ?? 20, cancellationToken));
        }

        var unit = await access.UnitCodeAsync(cancellationToken) ?? throw PlatformProblem.Forbidden("identity.forbidden", "您不属于任何办理单位。");
        var filter = QueueFilter.From(state, matter, due, q, sort, CaseLists.UnitStates);
        return TypedResults.Ok(await lists.UnitQueueAsync(region, unit, filter, page ?? 1, pageSize ?? 20, cancellationToken));
    }
}

/// <summary>The created case, with the query code the applicant needs to track it without an account.</summary>
internal sealed record SubmittedCase(CaseView Case, string QueryCode);

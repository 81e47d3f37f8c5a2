using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Npgsql;
using Platform.Empowerment.Handover;
using Platform.Empowerment.Lists;
using Platform.Identity.Contracts;
using Platform.Kernel.Errors;

namespace Platform.Empowerment.Api;

/// <summary>The park empowerment API under <c>/api/v1/regions/{region}/empowerment</c>: lists, batches, handover agreements, entry checks.</summary>
internal static class EmpowermentEndpoints
{
    public const int MaxPageSize = 100;

    public static void MapEmpowermentApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/regions/{region}/empowerment").WithTags("Empowerment");
        api.MapGet("/entries", EntriesAsync).WithName("EmpowermentEntries").WithSummary("The empowerment list (赋权清单), paged, by batch").AllowAnonymous();
        api.MapPost("/entries", AddEntryAsync).WithName("AddEmpowermentEntry")
            .WithSummary("Add a matter to the list; safety-production and environmental bottom lines are refused").RequireAuthorization(IdentityPolicies.RegionAdmin);
        api.MapPost("/entries/{id:guid}/revoke", RevokeAsync).WithName("RevokeEmpowermentEntry")
            .WithSummary("Take the power back: new applications route to the department again").RequireAuthorization(IdentityPolicies.RegionAdmin);
        api.MapGet("/batches", BatchesAsync).WithName("EmpowermentBatches").WithSummary("Batches with target dates and progress").AllowAnonymous();
        api.MapGet("/agreements", AgreementsAsync).WithName("HandoverAgreements").WithSummary("Handover agreements (the status board), paged")
            .RequireAuthorization(IdentityPolicies.Staff);
        api.MapPost("/agreements", StartAsync).WithName("StartHandover").WithSummary("Start a department's handover for a batch; needs an Idempotency-Key")
            .RequireAuthorization(IdentityPolicies.Staff);
        api.MapGet("/agreements/{id:guid}", AgreementAsync).WithName("HandoverAgreement").WithSummary("One agreement with its steps, deadlines and text")
            .RequireAuthorization(IdentityPolicies.Staff);
        api.MapPost("/agreements/{id:guid}/steps/{step}", StepAsync).WithName("HandoverStep")
            .WithSummary("Take a step: training, sign, records, access, effective; needs If-Match").RequireAuthorization(IdentityPolicies.Staff);
        api.MapGet("/negative-list", NegativeListAsync).WithName("ParkNegativeList").WithSummary("What may not be invested in the park").AllowAnonymous();
        api.MapPost("/entry-checks", CheckEntryAsync).WithName("ParkEntryCheck")
            .WithSummary("Check an enterprise applying to enter the park against the negative list; 422 with the reason when refused").AllowAnonymous();
        api.MapGet("/responsibilities", ResponsibilitiesAsync).WithName("ParkResponsibilities").WithSummary("The park's responsibility list, paged").AllowAnonymous();
    }

    private static async Task<Ok<Paged<EntryRow>>> EntriesAsync(string region, int? batch, int? page, int? pageSize, NpgsqlDataSource dataSource,
        CancellationToken cancellationToken)
    {
        var (number, size) = Paging(page, pageSize);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var (items, total) = await EntryStore.PageAsync(connection, region, batch, number, size);
        return TypedResults.Ok(new Paged<EntryRow>(items, number, size, total));
    }

    private static async Task<Created<EntryRow>> AddEntryAsync(string region, AddEntryRequest request, HttpRequest http, EmpowermentAccess access,
        AddEntry add, CancellationToken cancellationToken)
    {
        EmpowermentAccess.RequireIdempotencyKey(http);
        await access.DemandAdministerAsync(region, cancellationToken);
        var entry = EntryInput.From(request);
        var row = await add.HandleAsync(region, entry, access.ActorId, cancellationToken);
        return TypedResults.Created($"/api/v1/regions/{region}/empowerment/entries/{row.Id}", row);
    }

    private static async Task<Ok<EntryRow>> RevokeAsync(string region, Guid id, RevokeEntryRequest request, EmpowermentAccess access, RevokeEntry revoke,
        CancellationToken cancellationToken)
    {
        await access.DemandAdministerAsync(region, cancellationToken);
        return TypedResults.Ok(await revoke.HandleAsync(region, id, request.Reason ?? "", access.ActorId, cancellationToken));
    }

    private static async Task<Ok<IReadOnlyList<BatchProgress>>> BatchesAsync(string region, ParkLists lists, CancellationToken cancellationToken) =>
        TypedResults.Ok(await lists.BatchesAsync(region, cancellationToken));

    private static async Task<Ok<Paged<AgreementView>>> AgreementsAsync(string region, int? page, int? pageSize, EmpowermentAccess access,
        AgreementViews views, CancellationToken cancellationToken)
    {
        await access.DemandHandoverAsync(region, cancellationToken);
        var (number, size) = Paging(page, pageSize);
        return TypedResults.Ok(await views.PageAsync(region, number, size, cancellationToken));
    }

    private static async Task<IResult> StartAsync(string region, StartAgreementRequest request, HttpRequest http, EmpowermentAccess access,
        HandoverProcess process, AgreementViews views, CancellationToken cancellationToken)
    {
        EmpowermentAccess.RequireIdempotencyKey(http);
        await access.DemandHandoverAsync(region, cancellationToken);
        if (string.IsNullOrWhiteSpace(request.DepartmentCode))
            throw PlatformProblem.Invalid("empowerment.agreement.unit_required", "departmentCode", "请给出移交事项的部门编码。");
        var row = await process.StartAsync(region, request.DepartmentCode.Trim(), request.Batch, access.ActorId, cancellationToken,
            programme => HandoverLimits.From(programme, request.RecordsDays, request.AccessDays, request.DayUnit));
        var view = await views.GetAsync(row.Id, cancellationToken);
        http.HttpContext.Response.Headers.ETag = $"\"{row.Version}\"";
        return row.Version == 1 && row.TrainedAt is null
            ? TypedResults.Created($"/api/v1/regions/{region}/empowerment/agreements/{row.Id}", view)
            : TypedResults.Ok(view);
    }

    private static async Task<Ok<AgreementView>> AgreementAsync(string region, Guid id, HttpResponse response, EmpowermentAccess access,
        AgreementViews views, CancellationToken cancellationToken)
    {
        await access.DemandHandoverAsync(region, cancellationToken);
        var view = await views.GetAsync(id, cancellationToken);
        if (view is null || view.RegionCode != region) throw PlatformProblem.NotFound("empowerment.agreement.not_found", "赋权交接协议");
        response.Headers.ETag = $"\"{view.Version}\"";
        return TypedResults.Ok(view);
    }

    private static async Task<Ok<AgreementView>> StepAsync(string region, Guid id, string step, HandoverStepRequest? request, HttpRequest http,
        EmpowermentAccess access, HandoverProcess process, AgreementViews views, CancellationToken cancellationToken)
    {
        await access.DemandHandoverAsync(region, cancellationToken);
        if (!Enum.TryParse<HandoverStep>(step, ignoreCase: true, out var parsed) || int.TryParse(step, out _))
            throw PlatformProblem.Invalid("empowerment.handover.step_unknown", "step", "步骤须为 training、sign、records、access 或 effective。");
        var existing = await views.GetAsync(id, cancellationToken);
        if (existing is null || existing.RegionCode != region) throw PlatformProblem.NotFound("empowerment.agreement.not_found", "赋权交接协议");
        var row = await process.StepAsync(id, EmpowermentAccess.VersionFrom(http), parsed, request?.EffectiveAt, access.ActorId, cancellationToken);
        http.HttpContext.Response.Headers.ETag = $"\"{row.Version}\"";
        return TypedResults.Ok((await views.GetAsync(id, cancellationToken))!);
    }

    private static async Task<Ok<IReadOnlyList<NegativeItem>>> NegativeListAsync(string region, ParkLists lists, CancellationToken cancellationToken) =>
        TypedResults.Ok(await lists.NegativeListAsync(region, cancellationToken));

    private static async Task<Ok<EntryCheckResult>> CheckEntryAsync(string region, EntryCheckRequest request, ParkLists lists,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.IndustryCode) && string.IsNullOrWhiteSpace(request.BusinessScope))
            throw PlatformProblem.Invalid("empowerment.entry_check.input_required", "industryCode", "请填写行业代码或经营范围。");
        var digits = Lists.IndustryCode.Digits(request.IndustryCode);
        if (!string.IsNullOrWhiteSpace(request.IndustryCode) && digits is null)
            throw PlatformProblem.Invalid("empowerment.entry_check.industry_code_invalid", "industryCode", "行业代码须为国民经济行业分类代码（如 C3011 或 3011）。");
        if (request.BusinessScope?.Length > 2000 || request.EnterpriseName?.Length > 200)
            throw PlatformProblem.Invalid("empowerment.entry_check.too_long", "businessScope", "经营范围不超过 2000 字，企业名称不超过 200 字。");
        var prohibiting = NegativeItem.Prohibiting(await lists.NegativeListAsync(region, cancellationToken), digits, request.BusinessScope);
        if (prohibiting is not null)
            throw new PlatformProblem(422, "empowerment.negative_list.prohibited", "不符合园区准入要求", prohibiting.Refusal)
            {
                Extensions = new Dictionary<string, object?> { ["negativeListItem"] = prohibiting.Ordinal },
            };
        return TypedResults.Ok(new EntryCheckResult(true, "未列入园区投资经营负面清单，可以申请入园。"));
    }

    private static async Task<Ok<Paged<Responsibility>>> ResponsibilitiesAsync(string region, int? page, int? pageSize, ParkLists lists,
        CancellationToken cancellationToken)
    {
        var (number, size) = Paging(page, pageSize);
        var (items, total) = await lists.ResponsibilitiesAsync(region, number, size, cancellationToken);
        return TypedResults.Ok(new Paged<Responsibility>(items, number, size, total));
    }

    private static (int Page, int PageSize) Paging(int? page, int? pageSize)
    {
        if (page is < 1) throw PlatformProblem.Invalid("request.page_invalid", "page", "页码从 1 开始。");
        if (pageSize is < 1 or > MaxPageSize) throw PlatformProblem.Invalid("request.page_size_invalid", "pageSize", $"每页 1 至 {MaxPageSize} 条。");
        return (page ?? 1, pageSize ?? 20);
    }
}

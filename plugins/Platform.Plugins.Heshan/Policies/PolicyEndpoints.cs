using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Identity.Contracts;
using Platform.Kernel.Errors;
using Platform.Plugins.Heshan.Contracts;

namespace Platform.Plugins.Heshan.Policies;

/// <summary>
/// 涉企政策兑现计算器 under <c>/api/v1/heshan</c>: the library, an enterprise's data and what it qualifies for
/// (its own for an enterprise applicant, any for 鹤山 staff), and the enterprises qualifying for a policy (staff).
/// </summary>
internal static class PolicyEndpoints
{
    public static void MapPolicyApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/heshan").WithTags("Heshan").RequireAuthorization();
        api.MapGet("/policies", (PolicyLibrary library) => TypedResults.Ok(library.All.Select(p => new PolicySummary(p.Code, p.Name, p.Department, p.Description)).ToList()))
            .WithName("HeshanPolicies").WithSummary("The policy library");
        api.MapGet("/enterprises/{enterpriseId}/policies", CalculateAsync).WithName("HeshanEnterprisePolicies")
            .WithSummary("The enterprise's data and each policy: qualifies or not, why, and the amount");
        api.MapPut("/enterprises/{enterpriseId}/data", SaveAsync).WithName("HeshanEnterpriseData")
            .WithSummary("Enter the enterprise's data (the enterprise itself, or a bureau on its behalf)");
        api.MapGet("/policies/{code}/enterprises", QualifyingAsync).RequireAuthorization(IdentityPolicies.Staff).WithName("HeshanQualifyingEnterprises")
            .WithSummary("Enterprises (that have entered data) qualifying for a policy, paged");
    }

    public static async Task<EnterpriseCalculation?> CalculationAsync(string enterpriseId, EnterpriseProfiles profiles, PolicyLibrary library,
        CancellationToken ct) =>
        await profiles.GetAsync(enterpriseId, ct) is { } found
            ? new EnterpriseCalculation(enterpriseId, found.Name, found.Data, library.All.Select(p => PolicyRules.Evaluate(p, found.Data)).ToList())
            : null;

    private static async Task<Ok<EnterpriseCalculation>> CalculateAsync(string enterpriseId, CalculatorAccess access, EnterpriseProfiles profiles,
        PolicyLibrary library, CancellationToken ct)
    {
        await access.DemandEnterpriseAsync(enterpriseId, ct);
        return TypedResults.Ok(await CalculationAsync(enterpriseId, profiles, library, ct)
                               ?? throw PlatformProblem.NotFound("heshan.enterprise.no_data", "该企业尚未填报测算数据。"));
    }

    private static async Task<Ok<EnterpriseCalculation>> SaveAsync(string enterpriseId, EnterpriseDataRequest request, CalculatorAccess access,
        EnterpriseProfiles profiles, PolicyLibrary library, CancellationToken ct)
    {
        await access.DemandEnterpriseAsync(enterpriseId, ct);
        await profiles.SaveAsync(enterpriseId, request.Name, request.Data, access.ActorId, ct);
        return TypedResults.Ok((await CalculationAsync(enterpriseId, profiles, library, ct))!);
    }

    private static async Task<Ok<PagedList<QualifyingEnterprise>>> QualifyingAsync(string code, int? page, int? pageSize, CalculatorAccess access,
        EnterpriseProfiles profiles, PolicyLibrary library, CancellationToken ct)
    {
        if (!access.IsStaff) throw PlatformProblem.Forbidden("identity.forbidden", "只有鹤山市工作人员可以查看符合政策的企业。");
        var policy = library.Find(code) ?? throw PlatformProblem.NotFound("heshan.policy.not_found", "政策不存在。");
        return TypedResults.Ok(await profiles.QualifyingAsync(policy, page ?? 1, pageSize ?? 20, ct));
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Identity.Contracts;
using Platform.Projects.CreditAdmin;

namespace Platform.Projects.Api;

/// <summary>The region admin's red/black list: list, put a subject on it (or move it between lists), take it off with a reason.</summary>
internal static class CreditEndpoints
{
    public static void MapCreditApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/regions/{region}/credit-list").WithTags("Projects").RequireAuthorization(IdentityPolicies.RegionAdmin);
        api.MapGet("", ListAsync).WithName("CreditList").WithSummary("The region's red/black list, paged");
        api.MapPut("/{subjectId}", PutAsync).WithName("ListCreditSubject")
            .WithSummary("Put an enterprise or practitioner on the red or black list (idempotent per subject); audited");
        api.MapPost("/{subjectId}/removal", RemoveAsync).WithName("RemoveCreditSubject").WithSummary("Take a subject off the list with a reason; audited");
    }

    private static async Task<Ok<Paged<CreditEntry>>> ListAsync(string region, int? page, int? pageSize, CreditListAdmin admin, CancellationToken ct)
    {
        var (number, size) = Paged<CreditEntry>.Clamp(page, pageSize);
        var (items, total) = await admin.PageAsync(region, number, size, ct);
        return TypedResults.Ok(new Paged<CreditEntry>(items, number, size, total));
    }

    private static async Task<NoContent> PutAsync(string region, string subjectId, CreditEntryRequest request, ProjectAccess access, CreditListAdmin admin,
        CancellationToken ct)
    {
        await admin.ListAsync(region, SharingEndpoints.Text(subjectId, "subjectId", "请填写统一社会信用代码或身份证号。"),
            SharingEndpoints.Text(request.SubjectName, "subjectName", "请填写名称。"), request.List ?? "",
            SharingEndpoints.Text(request.Reason, "reason", "请填写列入原因。"), access.UserId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> RemoveAsync(string region, string subjectId, CreditRemovalRequest request, ProjectAccess access,
        CreditListAdmin admin, CancellationToken ct)
    {
        await admin.RemoveAsync(region, subjectId, SharingEndpoints.Text(request.Reason, "reason", "请填写移出原因。"), access.UserId, ct);
        return TypedResults.NoContent();
    }
}

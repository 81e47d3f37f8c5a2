using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Npgsql;
using Platform.Identity.Contracts;
using Platform.Projects.Contracts;
using Platform.Projects.JointReviews;
using Platform.Projects.Simulated;

namespace Platform.Projects.Api;

/// <summary>鹤山 simulated approval: file while the land is auctioned, departments pre-review, the land contract issues the permits.</summary>
internal static class SimulatedEndpoints
{
    public static void MapSimulatedApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/projects/{id:guid}").WithTags("Projects");
        api.MapGet("/simulated-approval", GetAsync).WithName("SimulatedApproval").WithSummary("The held filing, the pre-review opinions and the land contract")
            .RequireAuthorization();
        api.MapPost("/simulated-approval", StartAsync).WithName("StartSimulatedApproval")
            .WithSummary("File the first three stages' form and materials while the land is auctioned; needs If-Match").RequireAuthorization(IdentityPolicies.Applicant);
        api.MapPost("/pre-reviews", PreReviewAsync).WithName("RecordPreReview")
            .WithSummary("The matter's department records its pre-review opinion; needs If-Match").RequireAuthorization(IdentityPolicies.Staff);
        api.MapPost("/land-contract", ContractAsync).WithName("RecordLandContract")
            .WithSummary("Record the land contract: the pre-reviewed stages are filed, accepted and approved at once, issuing the permits; needs If-Match")
            .RequireAuthorization(IdentityPolicies.Staff);
    }

    private static async Task<Ok<SimulatedView>> GetAsync(Guid id, ProjectAccess access, IProjectReader reader, NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await access.DemandVisibleAsync(await reader.GetAsync(id, ct), ct);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return TypedResults.Ok(new SimulatedView(await SimulatedStore.FindAsync(connection, null, id), await SimulatedStore.PreReviewsAsync(connection, null, id)));
    }

    private static async Task<Ok<ProjectView>> StartAsync(Guid id, FileStageRequest request, HttpContext http, ProjectAccess access, SimulatedApproval simulated,
        IProjectReader reader, CancellationToken ct)
    {
        var view = await access.DemandVisibleAsync(await reader.GetAsync(id, ct), ct);
        await simulated.StartAsync(id, ProjectAccess.IfMatch(http.Request), request.Form ?? [], request.Materials ?? [], access.DemandApplicant(view), ct);
        return await ReadAsync(id, http, reader, ct);
    }

    private static async Task<Ok<ProjectView>> PreReviewAsync(Guid id, PreReviewRequest request, HttpContext http, ProjectAccess access,
        SimulatedApproval simulated, IProjectReader reader, CancellationToken ct)
    {
        var view = await access.DemandVisibleAsync(await reader.GetAsync(id, ct), ct);
        await simulated.PreReviewAsync(id, ProjectAccess.IfMatch(http.Request), SharingEndpoints.Text(request.MatterCode, "matterCode", "请给出事项编码。"),
            request.Passes, Verdict.RequireText(request.Text), await access.DemandReviewerAsync(view, ct), ct);
        return await ReadAsync(id, http, reader, ct);
    }

    private static async Task<Ok<ProjectView>> ContractAsync(Guid id, LandContractRequest request, HttpContext http, ProjectAccess access,
        IssueOnLandContract issue, IProjectReader reader, CancellationToken ct)
    {
        var view = await access.DemandVisibleAsync(await reader.GetAsync(id, ct), ct);
        access.DemandStaff(view);
        await issue.HandleAsync(id, ProjectAccess.IfMatch(http.Request), SharingEndpoints.Text(request.Reference, "reference", "请填写土地出让合同编号。"),
            access.UserId, ct);
        return await ReadAsync(id, http, reader, ct);
    }

    private static async Task<Ok<ProjectView>> ReadAsync(Guid id, HttpContext http, IProjectReader reader, CancellationToken ct)
    {
        var view = (await reader.GetAsync(id, ct))!;
        http.Response.Headers.ETag = $"\"{view.Version}\"";
        return TypedResults.Ok(view);
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Exchange.Reconciliation;
using Platform.Exchange.Transfer;
using Platform.Identity.Contracts;

namespace Platform.Exchange.Api;

/// <summary>The provincial data exchange for a region's admins: the reconciliation report and a transfer run on demand.</summary>
internal static class ExchangeEndpoints
{
    public static void MapExchangeApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/regions/{region}/exchange").WithTags("Exchange").RequireAuthorization(IdentityPolicies.RegionAdmin);
        api.MapGet("/reconciliation", ReconciliationAsync).WithName("ExchangeReconciliation")
            .WithSummary("Rows the province has not accepted (paged) and every mismatch between the outbox and the staging tables");
        api.MapPost("/transfer", TransferAsync).WithName("ExchangeTransfer")
            .WithSummary("Send the region's rows that are due to the staging database now, as the scheduled job would");
    }

    private static async Task<Ok<ReconciliationReport>> ReconciliationAsync(string region, int? page, int? pageSize, Reconciler reconciler,
        CancellationToken ct)
    {
        var number = Math.Max(page ?? 1, 1);
        return TypedResults.Ok(await reconciler.ReportAsync(region, number, Math.Clamp(pageSize ?? 20, 1, 100), ct));
    }

    /// <summary>The region's rows only: the route's region is the one the caller was authorised for.</summary>
    private static async Task<Ok<TransferResult>> TransferAsync(string region, StagingTransfer transfer, CancellationToken ct) =>
        TypedResults.Ok(new TransferResult(await transfer.RunAsync(region, ct)));
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Cases.Contracts;
using Platform.Cases.Payments;
using Platform.Cases.Signing;
using Platform.Cases.Tracking;
using Platform.Identity.Contracts;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;

namespace Platform.Cases.Api;

/// <summary>The online end-to-end services around a case: the applicant's e-signature, the fee payment, and payment reconciliation.</summary>
internal static class OnlineServiceEndpoints
{
    public static void MapOnlineServices(this RouteGroupBuilder api)
    {
        var onCase = api.MapGroup("/cases/{id:guid}").RequireAuthorization().WithTags("Cases");
        onCase.MapPost("/signatures", SignAsync).WithName("SignCase").WithSummary("The applicant e-signs the application or the commitment letter");
        onCase.MapPost("/payment", OpenAsync).WithName("OpenPayment").WithSummary("Open the case's payment order for its fee (one per case)");
        onCase.MapPost("/payment/pay", PayAsync).WithName("PayCase").WithSummary("Pay the order; needs an Idempotency-Key, never charges twice");
        onCase.MapPost("/payment/refund", RefundAsync).WithName("RefundCase").WithSummary("Refund a paid order; needs an Idempotency-Key")
            .RequireAuthorization(IdentityPolicies.Staff);
        api.MapGet("/payments/reconciliation", ReconcileAsync).WithName("PaymentReconciliation").WithTags("Cases")
            .WithSummary("Orders of a region and period that disagree with the payment provider's records, one page of orders at a time")
            .RequireAuthorization(IdentityPolicies.Staff);
    }

    private static async Task<Ok<CaseSignatureView>> SignAsync(Guid id, SignRequest request, CaseAccess access, CaseQueries queries,
        CaseSignatures signatures, CancellationToken cancellationToken)
    {
        var view = await access.DemandVisibleAsync(await queries.GetAsync(id, cancellationToken), cancellationToken);
        if (!access.IsApplicant)
            throw PlatformProblem.Forbidden("identity.forbidden", "只有申请人本人可以签名。");
        return TypedResults.Ok(await signatures.SignAsync(id, request.Document ?? "", await access.CurrentAsync(view.RegionCode, cancellationToken),
            cancellationToken));
    }

    private static async Task<Ok<PaymentOrderView>> OpenAsync(Guid id, OpenPaymentRequest? request, CaseAccess access, CaseQueries queries,
        CasePayments payments, CancellationToken cancellationToken)
    {
        var view = await access.DemandVisibleAsync(await queries.GetAsync(id, cancellationToken), cancellationToken);
        return TypedResults.Ok(await payments.OpenAsync(id, request?.FeeName, await access.CurrentAsync(view.RegionCode, cancellationToken), cancellationToken));
    }

    private static async Task<Ok<PaymentOrderView>> PayAsync(Guid id, PayRequest request, HttpRequest http, CaseAccess access, CaseQueries queries,
        CasePayments payments, CancellationToken cancellationToken)
    {
        var key = IdempotencyKey(http);
        if (string.IsNullOrWhiteSpace(request.PayerToken))
            throw PlatformProblem.Invalid("case.payment.payer_token_required", "payerToken", "请完成支付授权后再提交。");
        var view = await access.DemandVisibleAsync(await queries.GetAsync(id, cancellationToken), cancellationToken);
        return TypedResults.Ok(await payments.PayAsync(id, key, request.PayerToken, await access.CurrentAsync(view.RegionCode, cancellationToken),
            cancellationToken));
    }

    private static async Task<Ok<PaymentOrderView>> RefundAsync(Guid id, RefundRequest request, HttpRequest http, CaseAccess access,
        CaseQueries queries, CasePayments payments, CancellationToken cancellationToken)
    {
        var key = IdempotencyKey(http);
        if (string.IsNullOrWhiteSpace(request.Reason))
            throw PlatformProblem.Invalid("case.payment.reason_required", "reason", "请填写退款原因。");
        var view = await access.DemandVisibleAsync(await queries.GetAsync(id, cancellationToken), cancellationToken);
        return TypedResults.Ok(await payments.RefundAsync(id, key, request.Reason, await access.CurrentAsync(view.RegionCode, cancellationToken),
            cancellationToken));
    }

    private static async Task<Ok<ReconciliationPage>> ReconcileAsync(string? region, DateOnly? from, DateOnly? to, int? page, int? pageSize,
        ICurrentActor actor, IAccessPolicy policy, PaymentReconciliation reconciliation, CancellationToken cancellationToken)
    {
        var regionCode = region ?? actor.RegionCode ?? throw PlatformProblem.Invalid("request.field_invalid", "region", "请给出地区。");
        await policy.DemandVisibleAsync(policy.CanSeeRegion(regionCode), "region.not_found", "地区", cancellationToken);
        var first = from ?? new DateOnly(2000, 1, 1);
        var last = to ?? new DateOnly(2100, 1, 1);
        if (last < first) throw PlatformProblem.Invalid("request.field_invalid", "to", "结束日期不能早于开始日期。");
        return TypedResults.Ok(await reconciliation.RunAsync(regionCode, BusinessTime.StartOf(first), BusinessTime.StartOf(last.AddDays(1)),
            page ?? 1, pageSize ?? 100, cancellationToken));
    }

    private static string IdempotencyKey(HttpRequest http)
    {
        var key = http.Headers["Idempotency-Key"].ToString();
        return key.Length is 0 or > 100
            ? throw PlatformProblem.Invalid("request.idempotency_key_required", "Idempotency-Key", "缴费与退款须带 Idempotency-Key 请求头（不超过 100 个字符），重试时使用同一个值。")
            : key;
    }
}

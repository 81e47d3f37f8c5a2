using Platform.Cases.Contracts;
using Platform.Cases.Domain;
using Platform.Cases.Workflow;
using Platform.Kernel;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;

namespace Platform.Cases.Payments;

/// <summary>
/// 网上缴费: one order per case with a fee. Paying locks the order, so two requests never charge at once; a paid
/// order is never charged again, and a retried idempotency key is answered from its recorded attempt.
/// Each change of an order commits with its audit record.
/// </summary>
internal sealed class CasePayments(ITransactionRunner transactions, CaseStore cases, IMatterTermsSource matters, PaymentOrders orders,
    IPaymentProvider provider, IAuditTrail audit, IClock clock)
{
    public Task<PaymentOrderView> OpenAsync(Guid caseId, string? feeName, CaseActor actor, CancellationToken cancellationToken) =>
        transactions.RunAsync(async tx =>
        {
            var row = await cases.LockAsync(tx, caseId, cancellationToken);
            if (await orders.OfCaseAsync(tx.Connection!, tx, caseId) is { } existing) return existing;
            var matter = await matters.VersionAsync(row.MatterVersionId, cancellationToken);
            var fee = FeeSchedule.Due(matter, feeName)
                      ?? throw new PlatformProblem(422, "case.payment.no_fee", "该事项无需缴费", $"“{matter.Name}”没有需要缴纳的费用{(feeName is null ? "" : $"“{feeName}”")}。");
            await orders.InsertAsync(tx, Ids.New(), caseId, row.RegionCode, fee, provider.Name, clock.Now);
            await audit.AppendAsync(tx, new AuditEntry(row.RegionCode, actor.Id, "payment.opened", "case", row.Number,
                new { fee.Name, fee.AmountFen }), cancellationToken);
            return (await orders.OfCaseAsync(tx.Connection!, tx, caseId))!;
        }, cancellationToken);

    public Task<PaymentOrderView> PayAsync(Guid caseId, string idempotencyKey, string payerToken, CaseActor actor, CancellationToken cancellationToken) =>
        transactions.RunAsync(async tx =>
        {
            var row = await cases.LockAsync(tx, caseId, cancellationToken);
            var order = await orders.OfCaseAsync(tx.Connection!, tx, caseId, forUpdate: true)
                        ?? throw new PlatformProblem(409, "case.payment.no_order", "尚未生成缴费订单", "请先生成缴费订单。");
            if (order.State is PaymentStates.Paid or PaymentStates.Refunded
                || await orders.AttemptOutcomeAsync(tx, order.Id, idempotencyKey) is not null)
                return order;
            var charge = await provider.ChargeAsync(
                new ChargeRequest(order.Id, $"{order.Id:N}:{idempotencyKey}", order.AmountFen, $"{row.Number} {order.FeeName}", payerToken), cancellationToken);
            await orders.RecordAsync(tx, order.Id, idempotencyKey, charge, clock.Now);
            await audit.AppendAsync(tx, new AuditEntry(row.RegionCode, actor.Id, $"payment.{charge.Outcome.ToLowerInvariant()}", "case", row.Number,
                new { order.AmountFen, charge.Reference, charge.FailureReason }), cancellationToken);
            return (await orders.OfCaseAsync(tx.Connection!, tx, caseId))!;
        }, cancellationToken);

    public Task<PaymentOrderView> RefundAsync(Guid caseId, string idempotencyKey, string reason, CaseActor actor, CancellationToken cancellationToken) =>
        transactions.RunAsync(async tx =>
        {
            var row = await cases.LockAsync(tx, caseId, cancellationToken);
            var order = await orders.OfCaseAsync(tx.Connection!, tx, caseId, forUpdate: true)
                        ?? throw new PlatformProblem(409, "case.payment.no_order", "尚未生成缴费订单", "该办件没有缴费订单。");
            if (order.State == PaymentStates.Refunded) return order;
            if (order.State != PaymentStates.Paid)
                throw new PlatformProblem(409, "case.payment.not_paid", "订单未支付", "只有已支付的订单可以退款。");
            var refund = await provider.RefundAsync(order.ProviderReference!, $"{order.Id:N}:refund:{idempotencyKey}", cancellationToken);
            await orders.RecordAsync(tx, order.Id, $"refund:{idempotencyKey}", refund, clock.Now);
            await audit.AppendAsync(tx, new AuditEntry(row.RegionCode, actor.Id, "payment.refunded", "case", row.Number,
                new { order.AmountFen, refund.Reference, reason }), cancellationToken);
            return (await orders.OfCaseAsync(tx.Connection!, tx, caseId))!;
        }, cancellationToken);
}

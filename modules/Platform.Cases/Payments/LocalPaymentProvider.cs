using System.Collections.Concurrent;
using Platform.Cases.Contracts;
using Platform.Kernel.Time;

namespace Platform.Cases.Payments;

/// <summary>
/// A local stand-in for the public payment platform, kept in memory: a payer token starting with <c>decline</c>
/// is refused (insufficient funds), any other pays. A repeated idempotency key answers the first outcome.
/// </summary>
internal sealed class LocalPaymentProvider(IClock clock) : IPaymentProvider
{
    private readonly ConcurrentDictionary<string, ProviderCharge> byKey = new();

    public string Name => "local";

    public Task<ProviderCharge> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(byKey.GetOrAdd($"charge:{request.IdempotencyKey}", _ =>
            request.PayerToken.StartsWith("decline", StringComparison.OrdinalIgnoreCase)
                ? new ProviderCharge($"LP-{Guid.NewGuid():N}", request.OrderId, PaymentStates.Failed, request.AmountFen, "余额不足，支付被拒绝", clock.Now)
                : new ProviderCharge($"LP-{Guid.NewGuid():N}", request.OrderId, PaymentStates.Paid, request.AmountFen, null, clock.Now)));

    public Task<ProviderCharge> RefundAsync(string providerReference, string idempotencyKey, CancellationToken cancellationToken)
    {
        var paid = byKey.Values.SingleOrDefault(c => c.Reference == providerReference && c.Outcome == PaymentStates.Paid)
                   ?? throw new InvalidOperationException($"The local payment provider has no paid charge {providerReference}.");
        return Task.FromResult(byKey.GetOrAdd($"refund:{idempotencyKey}", _ => paid with { Outcome = PaymentStates.Refunded, At = clock.Now }));
    }

    public Task<IReadOnlyList<ProviderCharge>> RecordsOfAsync(Guid orderId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ProviderCharge>>(byKey.Values.Where(c => c.OrderId == orderId).OrderBy(c => c.At).ToList());
}

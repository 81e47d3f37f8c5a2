namespace Platform.Cases.Contracts;

/// <summary>
/// The payment seam (统一公共支付平台). Every call carries an idempotency key: the provider charges a key once
/// and answers a repeated key with the first outcome, so a retry never charges twice.
/// </summary>
public interface IPaymentProvider
{
    string Name { get; }

    Task<ProviderCharge> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken);

    Task<ProviderCharge> RefundAsync(string providerReference, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>The provider's records of an order (for reconciliation).</summary>
    Task<IReadOnlyList<ProviderCharge>> RecordsOfAsync(Guid orderId, CancellationToken cancellationToken);
}

/// <summary>A charge of an order, in fen (分), paid with a payer's token from the payment page.</summary>
public sealed record ChargeRequest(Guid OrderId, string IdempotencyKey, long AmountFen, string Description, string PayerToken);

/// <summary>The provider's answer: its reference, the outcome (<c>Paid</c>, <c>Failed</c>, <c>Refunded</c>), the amount, and why it failed.</summary>
public sealed record ProviderCharge(string Reference, Guid OrderId, string Outcome, long AmountFen, string? FailureReason, DateTimeOffset At);

/// <summary>A case's payment order as people see it: the fee, the amount, its state (Pending, Paid, Failed, Refunded) and the attempts.</summary>
public sealed record PaymentOrderView(Guid Id, Guid CaseId, string FeeName, long AmountFen, string State, string? ProviderReference,
    DateTimeOffset CreatedAt, DateTimeOffset? PaidAt, DateTimeOffset? RefundedAt, int Attempts);

/// <summary>One mismatch between an order and the provider's records of it.</summary>
public sealed record PaymentMismatch(Guid OrderId, string CaseNumber, string OrderState, string ProviderState, string Problem);

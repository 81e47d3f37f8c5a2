namespace Platform.Cases.Payments;

/// <summary>Where a payment order stands: Pending (opened, nothing paid), Paid, Failed (the last attempt failed; retry allowed), Refunded.</summary>
internal static class PaymentStates
{
    public const string Pending = "Pending";
    public const string Paid = "Paid";
    public const string Failed = "Failed";
    public const string Refunded = "Refunded";
}

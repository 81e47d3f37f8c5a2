namespace Platform.Cases.Components.Pages;

/// <summary>The online-service forms to show: documents to sign (<c>application</c>, <c>commitment</c>) and the fee to pay, if any.</summary>
internal sealed record OnlineServiceOffer(IReadOnlyList<string> Unsigned, PaymentBill? Bill)
{
    public static readonly OnlineServiceOffer None = new([], null);
}

/// <summary>What the payment page shows the payer: the fee item, its amount in fen, and the legal basis of the charge when the catalogue gives one.</summary>
internal sealed record PaymentBill(string FeeName, long AmountFen, string? Basis);

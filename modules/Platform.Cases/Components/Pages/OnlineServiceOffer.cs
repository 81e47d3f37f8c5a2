namespace Platform.Cases.Components.Pages;

/// <summary>The online-service forms to show: documents to sign (<c>application</c>, <c>commitment</c>) and the fee to pay, if any.</summary>
internal sealed record OnlineServiceOffer(IReadOnlyList<string> Unsigned, string? FeeToPay)
{
    public static readonly OnlineServiceOffer None = new([], null);
}

namespace Platform.Catalogue.Contracts;

/// <summary>A fee: its standard (amount or rule), whether it is waived, and the basis for it.</summary>
public sealed record FeeItem
{
    public string Name { get; init; } = "";
    public string Standard { get; init; } = "";
    public bool Waived { get; init; }
    public string? Basis { get; init; }
}

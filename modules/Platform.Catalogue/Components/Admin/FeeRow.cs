using Platform.Catalogue.Contracts;

namespace Platform.Catalogue.Components.Admin;

/// <summary>One fee item as the draft editor posts it (fees[i] of the definition).</summary>
internal sealed class FeeRow
{
    public string Name { get; set; } = "";
    public string Standard { get; set; } = "";
    public bool Waived { get; set; }
    public string? Basis { get; set; }

    public static FeeRow From(FeeItem f) => new() { Name = f.Name, Standard = f.Standard, Waived = f.Waived, Basis = f.Basis };

    public FeeItem ToDefinition() => new() { Name = Name?.Trim() ?? "", Standard = Standard?.Trim() ?? "", Waived = Waived, Basis = Text.Optional(Basis) };
}

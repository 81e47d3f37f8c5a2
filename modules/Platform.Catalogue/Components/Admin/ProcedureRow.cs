using Platform.Calendar.Contracts;
using Platform.Catalogue.Contracts;

namespace Platform.Catalogue.Components.Admin;

/// <summary>One special procedure (clock stopped: expert review, public notice, ...) as the draft editor posts it.</summary>
internal sealed class ProcedureRow
{
    public SpecialProcedureKind Kind { get; set; }
    public string Name { get; set; } = "";
    public int Amount { get; set; }
    public TimeLimitUnit Unit { get; set; }
    public string? Explanation { get; set; }

    public static ProcedureRow From(SpecialProcedure p) => new()
    {
        Kind = p.Kind, Name = p.Name, Amount = p.Limit.Amount, Unit = p.Limit.Unit,
        Explanation = p.Limit.Explanation,
    };

    public SpecialProcedure ToDefinition() => new()
    {
        Kind = Kind, Name = Name?.Trim() ?? "", Limit = new MatterTimeLimit { Amount = Amount, Unit = Unit, Explanation = Text.Optional(Explanation) },
    };
}

using Platform.Calendar.Contracts;
using Platform.Catalogue.Contracts;

namespace Platform.Catalogue.Components.Admin;

/// <summary>One material as the draft editor posts it (materials[i] of the definition).</summary>
internal sealed class MaterialRow
{
    public string Name { get; set; } = "";
    public MaterialRequirement Requirement { get; set; }
    public string? Condition { get; set; }
    public bool Core { get; set; }
    public MaterialForm Form { get; set; }
    public int Copies { get; set; } = 1;
    public string? Template { get; set; }
    public MaterialSource Source { get; set; }
    public string? LicenceType { get; set; }
    public string? Issuer { get; set; }
    public int? DeferredAmount { get; set; }
    public TimeLimitUnit DeferredUnit { get; set; }
    public string? DeferredExplanation { get; set; }

    public static MaterialRow From(MaterialDefinition m) => new()
    {
        Name = m.Name, Requirement = m.Requirement, Condition = m.Condition, Core = m.Core, Form = m.Form, Copies = m.Copies,
        Template = m.Template, Source = m.Source, LicenceType = m.LicenceType, Issuer = m.Issuer,
        DeferredAmount = m.DeferredSupply?.Amount, DeferredUnit = m.DeferredSupply?.Unit ?? TimeLimitUnit.WorkingDays,
        DeferredExplanation = m.DeferredSupply?.Explanation,
    };

    public MaterialDefinition ToDefinition() => new()
    {
        Name = Name?.Trim() ?? "", Requirement = Requirement, Condition = Text.Optional(Condition), Core = Core, Form = Form, Copies = Copies,
        Template = Text.Optional(Template), Source = Source, LicenceType = Text.Optional(LicenceType), Issuer = Text.Optional(Issuer),
        DeferredSupply = DeferredAmount is { } amount
            ? new MatterTimeLimit { Amount = amount, Unit = DeferredUnit, Explanation = Text.Optional(DeferredExplanation) }
            : null,
    };
}

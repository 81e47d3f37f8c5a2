using Platform.Cases.Contracts;

namespace Platform.Cases.Components.Staff;

/// <summary>
/// Who a notice or decision is issued by, as printed above its date: the organ's name and its seal. A decision carries the
/// seal routing gave the case (a park committee's approval seal for an empowered matter), else the handling unit's.
/// </summary>
internal sealed record IssuingOrgan(string Name, string Seal)
{
    public static IssuingOrgan Of(CaseView view, bool decision, IReadOnlyDictionary<string, string> unitNames, string regionName)
    {
        // A seal reference reads ESEAL:<region>:<unit>:<seal name>.
        var parts = (decision ? view.SealReference : null)?.Split(':', 4) ?? [];
        var unit = parts.Length == 4 ? parts[2] : view.HandlingUnitCode;
        var seal = parts.Length == 4 && parts[3].Any(c => c >= '\u4e00' && c <= '\u9fff') ? parts[3] : decision ? "审批专用章" : "业务专用章";
        var name = unitNames.TryGetValue(unit, out var unitName) ? unitName : regionName;
        return new IssuingOrgan(name, $"{name}{seal}（电子印章）");
    }
}

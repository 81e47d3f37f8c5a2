using Platform.Catalogue.Contracts;
using Platform.Catalogue.Matters;

namespace Platform.Catalogue.Exchange.Xlsx;

/// <summary>The 材料 sheet: one row per material, tied to its matter by the implementation code in column A.</summary>
internal static class MaterialColumns
{
    public const string Sheet = "材料";

    public static readonly IReadOnlyList<Column<MaterialDefinition>> All =
    [
        new("材料名称", "name", m => m.Name, (m, v) => m with { Name = v }),
        new("必要性", "requirement", m => Labels.Requirements[m.Requirement], (m, v) => m with { Requirement = Cells.Coded(v, Labels.Requirements) }),
        new("适用情形", "condition", m => m.Condition, (m, v) => m with { Condition = Cells.Optional(v) }),
        new("核心材料", "core", m => Labels.YesNo(m.Core), (m, v) => m with { Core = Cells.YesNo(v) }),
        new("材料形式", "form", m => Labels.Forms[m.Form], (m, v) => m with { Form = Cells.Coded(v, Labels.Forms) }),
        new("份数", "copies", m => m.Copies.ToString(), (m, v) => m with { Copies = Cells.Int(v) }),
        new("表格模板", "template", m => m.Template, (m, v) => m with { Template = Cells.Optional(v) }),
        new("来源渠道", "source", m => Labels.Sources[m.Source], (m, v) => m with { Source = Cells.Coded(v, Labels.Sources) }),
        new("电子证照类型", "licenceType", m => m.LicenceType, (m, v) => m with { LicenceType = Cells.Optional(v) }),
        new("出具单位", "issuer", m => m.Issuer, (m, v) => m with { Issuer = Cells.Optional(v) }),
        .. LimitColumns.For<MaterialDefinition>("后补期限", "deferredSupply", m => m.DeferredSupply, (m, l) => m with { DeferredSupply = l }),
    ];
}

using Platform.Catalogue.Contracts;
using Platform.Catalogue.Matters;

namespace Platform.Catalogue.Exchange.Xlsx;

/// <summary>The 收费 sheet: one row per fee item of a matter.</summary>
internal static class FeeColumns
{
    public const string Sheet = "收费";

    public static readonly IReadOnlyList<Column<FeeItem>> All =
    [
        new("收费项目", "name", f => f.Name, (f, v) => f with { Name = v }),
        new("收费标准", "standard", f => f.Standard, (f, v) => f with { Standard = v }),
        new("是否减免", "waived", f => Labels.YesNo(f.Waived), (f, v) => f with { Waived = Cells.YesNo(v) }),
        new("收费依据", "basis", f => f.Basis, (f, v) => f with { Basis = Cells.Optional(v) }),
    ];
}

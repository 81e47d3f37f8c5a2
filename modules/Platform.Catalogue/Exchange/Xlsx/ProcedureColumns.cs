using Platform.Catalogue.Contracts;
using Platform.Catalogue.Matters;

namespace Platform.Catalogue.Exchange.Xlsx;

/// <summary>The 特别程序 sheet: procedures that stop the clock, with their own limits.</summary>
internal static class ProcedureColumns
{
    public const string Sheet = "特别程序";

    public static readonly IReadOnlyList<Column<SpecialProcedure>> All =
    [
        new("程序类型", "kind", p => Labels.Procedures[p.Kind], (p, v) => p with { Kind = Cells.Coded(v, Labels.Procedures) }),
        new("程序名称", "name", p => p.Name, (p, v) => p with { Name = v }),
        .. LimitColumns.For<SpecialProcedure>("时限", "limit", p => p.Limit, (p, l) => p with { Limit = l ?? new MatterTimeLimit() }),
    ];
}

using Platform.Catalogue.Contracts;
using Platform.Catalogue.Exchange.Xlsx;
using Platform.Catalogue.Validation;

namespace Platform.Catalogue.Exchange;

/// <summary>A matter read from an import, with the rows it came from so a broken rule can be pointed at its cell.</summary>
internal sealed record ParsedMatter(MatterDefinition Definition, string Sheet, int Row, List<int> MaterialRows, List<int> FeeRows, List<int> ProcedureRows)
{
    /// <summary>Whether an error is in one of this matter's rows (its own row or a row of its materials, fees or procedures).</summary>
    public bool Owns(ImportError error) =>
        (error.Sheet == Sheet && error.Row == Row)
        || (error.Sheet == MaterialColumns.Sheet && MaterialRows.Contains(error.Row))
        || (error.Sheet == FeeColumns.Sheet && FeeRows.Contains(error.Row))
        || (error.Sheet == ProcedureColumns.Sheet && ProcedureRows.Contains(error.Row));

    public ImportError Locate(RuleBreach breach)
    {
        var (prefix, index, rest) = Split(breach.Field);
        return prefix switch
        {
            "materials" when index is { } i && i < MaterialRows.Count => At(MaterialColumns.Sheet, MaterialRows[i], MaterialColumns.All, rest, breach),
            "fees" when index is { } i && i < FeeRows.Count => At(FeeColumns.Sheet, FeeRows[i], FeeColumns.All, rest, breach),
            "specialProcedures" when index is { } i && i < ProcedureRows.Count =>
                At(ProcedureColumns.Sheet, ProcedureRows[i], ProcedureColumns.All, rest, breach),
            _ => At(Sheet, Row, MatterColumns.All, Sheet == MatterColumns.Sheet ? IndexFree(breach.Field) : breach.Field, breach),
        };
    }

    private static ImportError At<T>(string sheet, int row, IReadOnlyList<Column<T>> columns, string field, RuleBreach breach)
    {
        var offset = sheet == MatterColumns.Sheet ? 0 : 1;
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Field == field) return new ImportError(sheet, row, XlsxFile.ColumnName(i + offset), columns[i].Header, breach.Rule);
        }

        return new ImportError(sheet, row, "", field, breach.Rule);
    }

    private static (string Prefix, int? Index, string Remainder) Split(string field)
    {
        var open = field.IndexOf('[');
        if (open < 0) return (field, null, "");
        var close = field.IndexOf(']', open);
        var index = int.Parse(field[(open + 1)..close]);
        return (field[..open], index, field.Length > close + 2 ? field[(close + 2)..] : "");
    }

    private static string IndexFree(string field) => field.Contains('[') ? field[..field.IndexOf('[')] : field;
}

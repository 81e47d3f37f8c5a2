using Platform.Catalogue.Contracts;

namespace Platform.Catalogue.Exchange.Xlsx;

/// <summary>A catalogue as a workbook: 事项, 材料, 收费 and 特别程序 sheets, the last three keyed by implementation code.</summary>
internal static class CatalogueWorkbook
{
    public const string CodeHeader = "实施编码(task_code)";

    public static byte[] Write(IReadOnlyList<MatterDefinition> matters) => XlsxFile.Write(
    [
        new SheetTable(MatterColumns.Sheet, [.. MatterColumns.All.Select(c => c.Header)],
            matters.Select(m => (string?[])[.. MatterColumns.All.Select(c => c.Get(m))]).ToList()),
        Children(MaterialColumns.Sheet, MaterialColumns.All, matters, m => m.Materials),
        Children(FeeColumns.Sheet, FeeColumns.All, matters, m => m.Fees),
        Children(ProcedureColumns.Sheet, ProcedureColumns.All, matters, m => m.SpecialProcedures),
    ]);

    public static (IReadOnlyList<ParsedMatter> Matters, IReadOnlyList<ImportError> Errors) Read(Stream content)
    {
        var errors = new List<ImportError>();
        var sheets = XlsxFile.Read(content);
        var matters = SheetReader.Rows(sheets, MatterColumns.Sheet, MatterColumns.All, hasCode: false, errors)
            .Select(r => new ParsedMatter(r.Record, MatterColumns.Sheet, r.Row, [], [], [])).ToList();
        var byCode = new Dictionary<string, int>();
        for (var i = 0; i < matters.Count; i++)
        {
            if (!byCode.TryAdd(matters[i].Definition.Code, i))
                errors.Add(new ImportError(MatterColumns.Sheet, matters[i].Row, "B", CodeHeader, $"实施编码 {matters[i].Definition.Code} 重复"));
        }

        Attach(sheets, MaterialColumns.Sheet, MaterialColumns.All, byCode, errors, (i, row, x) =>
            matters[i] = matters[i] with { Definition = matters[i].Definition with { Materials = [.. matters[i].Definition.Materials, x] }, MaterialRows = [.. matters[i].MaterialRows, row] });
        Attach(sheets, FeeColumns.Sheet, FeeColumns.All, byCode, errors, (i, row, x) =>
            matters[i] = matters[i] with { Definition = matters[i].Definition with { Fees = [.. matters[i].Definition.Fees, x] }, FeeRows = [.. matters[i].FeeRows, row] });
        Attach(sheets, ProcedureColumns.Sheet, ProcedureColumns.All, byCode, errors, (i, row, x) =>
            matters[i] = matters[i] with
            {
                Definition = matters[i].Definition with { SpecialProcedures = [.. matters[i].Definition.SpecialProcedures, x] },
                ProcedureRows = [.. matters[i].ProcedureRows, row],
            });
        return (matters, errors);
    }

    private static void Attach<T>(IReadOnlyDictionary<string, IReadOnlyList<string?[]>> sheets, string sheet, IReadOnlyList<Column<T>> columns,
        Dictionary<string, int> byCode, List<ImportError> errors, Action<int, int, T> attach) where T : new()
    {
        foreach (var child in SheetReader.Rows(sheets, sheet, columns, hasCode: true, errors))
        {
            if (byCode.TryGetValue(child.Code, out var index)) attach(index, child.Row, child.Record);
            else errors.Add(new ImportError(sheet, child.Row, "A", CodeHeader, $"事项表中没有实施编码为“{child.Code}”的事项"));
        }
    }

    private static SheetTable Children<T>(string name, IReadOnlyList<Column<T>> columns, IReadOnlyList<MatterDefinition> matters,
        Func<MatterDefinition, IEnumerable<T>> items) =>
        new(name, [CodeHeader, .. columns.Select(c => c.Header)],
            matters.SelectMany(m => items(m).Select(item => (string?[])[m.Code, .. columns.Select(c => c.Get(item))])).ToList());
}

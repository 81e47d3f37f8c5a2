using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Platform.Catalogue.Exchange.Xlsx;

/// <summary>Writes and reads workbooks of plain text cells, the shape county admins keep catalogues in.</summary>
internal static class XlsxFile
{
    public static byte[] Write(IReadOnlyList<SheetTable> sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            uint sheetId = 1;
            foreach (var table in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                data.Append(Row(1, table.Headers));
                for (var i = 0; i < table.Rows.Count; i++) data.Append(Row((uint)i + 2, table.Rows[i]));
                part.Worksheet = new Worksheet(data);
                workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = table.Name });
            }
        }

        return stream.ToArray();
    }

    public static IReadOnlyDictionary<string, IReadOnlyList<string?[]>> Read(Stream content)
    {
        using var document = SpreadsheetDocument.Open(content, false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("不是有效的 Excel 工作簿");
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var sheets = new Dictionary<string, IReadOnlyList<string?[]>>();
        foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            var rows = part.Worksheet.Descendants<Row>().Select(row =>
            {
                var cells = row.Elements<Cell>().Select(c => (Column: ColumnIndex(c.CellReference?.Value), Text: Text(c, shared))).ToList();
                var values = new string?[cells.Count == 0 ? 0 : cells.Max(c => c.Column) + 1];
                foreach (var (column, text) in cells) values[column] = text;
                return values;
            }).ToList();
            sheets[sheet.Name!.Value!] = rows;
        }

        return sheets;
    }

    private static Row Row(uint number, IEnumerable<string?> values)
    {
        var row = new Row { RowIndex = number };
        var column = 0;
        foreach (var value in values)
        {
            var reference = ColumnName(column++) + number;
            if (string.IsNullOrEmpty(value)) continue;
            row.Append(new Cell
            {
                CellReference = reference,
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }),
            });
        }

        return row;
    }

    private static string? Text(Cell cell, List<string> shared)
    {
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, out var index)) return shared[index];
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText;
        return cell.CellValue?.Text;
    }

    public static string ColumnName(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : ColumnName(index / 26 - 1) + (char)('A' + index % 26);

    private static int ColumnIndex(string? reference)
    {
        var index = 0;
        foreach (var letter in (reference ?? "A").TakeWhile(char.IsAsciiLetter)) index = index * 26 + (char.ToUpperInvariant(letter) - 'A' + 1);
        return index - 1;
    }
}

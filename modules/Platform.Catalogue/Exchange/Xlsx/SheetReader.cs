namespace Platform.Catalogue.Exchange.Xlsx;

/// <summary>Reads a sheet's rows into records by header name, collecting every cell that cannot be read.</summary>
internal static class SheetReader
{
    public static IEnumerable<SheetRow<T>> Rows<T>(IReadOnlyDictionary<string, IReadOnlyList<string?[]>> sheets, string sheet,
        IReadOnlyList<Column<T>> columns, bool hasCode, List<ImportError> errors) where T : new()
    {
        if (!sheets.TryGetValue(sheet, out var rows) || rows.Count == 0)
        {
            if (!hasCode) errors.Add(new ImportError(sheet, 1, "", "", $"工作簿缺少“{sheet}”工作表"));
            yield break;
        }

        var headers = rows[0].Select((h, i) => (Header: h?.Trim(), Index: i)).Where(h => !string.IsNullOrEmpty(h.Header))
            .GroupBy(h => h.Header!).ToDictionary(g => g.Key, g => g.First().Index);
        var positions = columns.Select(c => headers.TryGetValue(c.Header, out var index) ? index : -1).ToList();
        for (var i = 0; i < columns.Count; i++)
        {
            if (positions[i] < 0) errors.Add(new ImportError(sheet, 1, "", columns[i].Header, $"缺少“{columns[i].Header}”列"));
        }

        var codeIndex = hasCode && headers.TryGetValue(CatalogueWorkbook.CodeHeader, out var found) ? found : -1;
        if (hasCode && codeIndex < 0) errors.Add(new ImportError(sheet, 1, "A", CatalogueWorkbook.CodeHeader, $"缺少“{CatalogueWorkbook.CodeHeader}”列"));
        for (var r = 1; r < rows.Count; r++)
        {
            var cells = rows[r];
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            var record = new T();
            for (var i = 0; i < columns.Count; i++)
            {
                if (positions[i] < 0) continue;
                var text = positions[i] < cells.Length ? cells[positions[i]] ?? "" : "";
                try
                {
                    record = columns[i].Set(record, text);
                }
                catch (CellFormatException error)
                {
                    errors.Add(new ImportError(sheet, r + 1, XlsxFile.ColumnName(positions[i]), columns[i].Header, error.Message));
                }
            }

            var code = codeIndex >= 0 && codeIndex < cells.Length ? cells[codeIndex]?.Trim() ?? "" : "";
            yield return new SheetRow<T>(r + 1, code, record);
        }
    }
}

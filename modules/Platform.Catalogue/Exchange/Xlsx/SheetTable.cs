namespace Platform.Catalogue.Exchange.Xlsx;

/// <summary>One worksheet as text: a header row and data rows (row 2 onwards in the sheet).</summary>
internal sealed record SheetTable(string Name, IReadOnlyList<string> Headers, IReadOnlyList<string?[]> Rows);

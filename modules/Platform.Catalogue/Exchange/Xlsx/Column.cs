namespace Platform.Catalogue.Exchange.Xlsx;

/// <summary>
/// One spreadsheet column: its header, the definition field it maps (for error locations), how to
/// write it and how to read a cell back into the record.
/// </summary>
internal sealed record Column<T>(string Header, string Field, Func<T, string?> Get, Func<T, string, T> Set);

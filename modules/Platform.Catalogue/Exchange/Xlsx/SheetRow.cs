namespace Platform.Catalogue.Exchange.Xlsx;

/// <summary>A record read from one spreadsheet row, with the row number and, on keyed sheets, the matter code in column A.</summary>
internal sealed record SheetRow<T>(int Row, string Code, T Record);

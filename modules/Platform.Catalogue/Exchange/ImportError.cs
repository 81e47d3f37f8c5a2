namespace Platform.Catalogue.Exchange;

/// <summary>Where an import breaks a rule: sheet, row (as the spreadsheet numbers it), column letter and header, and the rule.</summary>
internal sealed record ImportError(string Sheet, int Row, string Column, string Header, string Rule);

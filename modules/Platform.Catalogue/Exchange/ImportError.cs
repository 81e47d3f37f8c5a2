namespace Platform.Catalogue.Exchange;

/// <summary>Where an import breaks a rule: sheet, row (as the spreadsheet numbers it), column letter and header, and the rule.</summary>
internal sealed record ImportError(string Sheet, int Row, string Column, string Header, string Rule)
{
    /// <summary>The sheet name YAML imports report, their rows numbering the matters from 1.</summary>
    public const string YamlSheet = "yaml";

    /// <summary>An unreadable file (row 0) or a spreadsheet's missing sheet or column (its header row): no matter of it can be trusted.</summary>
    public static bool IsWholeFile(ImportError error) => error.Row == 0 || (error.Row == 1 && error.Sheet != YamlSheet);
}

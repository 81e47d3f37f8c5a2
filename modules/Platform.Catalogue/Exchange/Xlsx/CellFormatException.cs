namespace Platform.Catalogue.Exchange.Xlsx;

/// <summary>A cell whose text cannot be read as its column's kind of value; the message is the rule in Chinese.</summary>
internal sealed class CellFormatException(string rule) : Exception(rule);

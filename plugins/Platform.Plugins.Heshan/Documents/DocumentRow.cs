namespace Platform.Plugins.Heshan.Documents;

/// <summary>A document as stored in <c>heshan.documents</c>.</summary>
internal sealed class DocumentRow
{
    public Guid Id { get; init; }
    public string RegionCode { get; init; } = "";
    public string Number { get; init; } = "";
    public string Title { get; init; } = "";
    public string Body { get; init; } = "";
    public string FilingUnit { get; init; } = "";
    public string FiledBy { get; init; } = "";
    public string FiledByName { get; init; } = "";
    public DateTime FiledAt { get; init; }
    public string State { get; set; } = "";
    public int Version { get; set; }
    public DateTime? CompletedAt { get; set; }
}

namespace Platform.Plugins.Heshan.Documents;

/// <summary>A step as stored in <c>heshan.document_steps</c>.</summary>
internal sealed class DocumentStepRow
{
    public Guid Id { get; init; }
    public Guid DocumentId { get; init; }
    public string Stage { get; init; } = "";
    public int Ordinal { get; init; }
    public string UnitCode { get; init; } = "";
    public int LimitDays { get; init; }
    public DateTime? OpenedAt { get; init; }
    public Guid? DeadlineId { get; init; }
    public DateTime? DueDate { get; init; }
    public DateTime? CompletedAt { get; init; }
    public string? CompletedBy { get; init; }
    public string? CompletedByName { get; init; }
    public bool? Agrees { get; init; }
    public string? Opinion { get; init; }
    public string? SealReference { get; init; }
}

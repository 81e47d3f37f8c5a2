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
    public DateOnly? DueDate { get; init; }

    /// <summary>Dapper writes dates as DateTime; Npgsql reads them back as DateOnly.</summary>
    public DateTime? DueDateParameter => DueDate?.ToDateTime(TimeOnly.MinValue);
    public DateTime? CompletedAt { get; init; }
    public string? CompletedBy { get; init; }
    public string? CompletedByName { get; init; }
    public bool? Agrees { get; init; }
    public string? Opinion { get; init; }
    public string? SealReference { get; init; }
}

namespace Platform.Plugins.Heshan.Admission;

/// <summary>One department's row on the admission form (<c>heshan.admission_opinions</c>).</summary>
internal sealed class AdmissionOpinionRow
{
    public Guid AdmissionId { get; init; }
    public string UnitCode { get; init; } = "";
    public Guid DeadlineId { get; init; }
    public DateOnly DueDate { get; init; }
    public DateTime? AnsweredAt { get; init; }
    public string? AnsweredByName { get; init; }
    public bool? Agrees { get; init; }
    public string? Opinion { get; init; }
    public string? Scores { get; init; }
    public string? SealReference { get; init; }
}

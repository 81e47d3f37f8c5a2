namespace Platform.Empowerment.Handover;

/// <summary>A handover agreement as stored.</summary>
internal sealed record AgreementRow(Guid Id, string RegionCode, string DepartmentCode, int BatchNumber, HandoverState State, int Version,
    DateTimeOffset CreatedAt, DateTimeOffset? TrainedAt, DateTimeOffset? SignedAt, DateTimeOffset? RecordsHandedAt, DateTimeOffset? AccessGivenAt,
    DateTimeOffset? EffectiveAt, Guid? RecordsDeadlineId, Guid? AccessDeadlineId, string? AgreementText)
{
    /// <summary>The deadlines signing opens, set when the agreement was started (null on agreements started before they were kept).</summary>
    public HandoverLimits? Limits { get; init; }
}

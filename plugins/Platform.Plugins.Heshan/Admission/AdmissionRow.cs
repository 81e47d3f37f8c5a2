namespace Platform.Plugins.Heshan.Admission;

/// <summary>An admission request as stored in <c>heshan.admissions</c>.</summary>
internal sealed class AdmissionRow
{
    public Guid Id { get; init; }
    public string RegionCode { get; init; } = "";
    public string Number { get; init; } = "";
    public string ProjectName { get; init; } = "";
    public string Investor { get; init; } = "";
    public decimal Investment { get; init; }
    public decimal LandArea { get; init; }
    public string Industry { get; init; } = "";
    public string FilingUnit { get; init; } = "";
    public string FiledBy { get; init; } = "";
    public string FiledByName { get; init; } = "";
    public DateTime FiledAt { get; init; }
    public Guid DeadlineId { get; init; }
    public DateOnly DueDate { get; init; }

    /// <summary>Dapper writes dates as DateTime; Npgsql reads them back as DateOnly.</summary>
    public DateTime DueDateParameter => DueDate.ToDateTime(TimeOnly.MinValue);
    public string ScoringModel { get; init; } = "{}";
    public string Materials { get; init; } = "[]";
    public string State { get; set; } = "";
    public int Version { get; set; }
    public decimal? Score { get; set; }
    public bool? Passed { get; set; }
    public string? Conclusion { get; set; }
    public DateTime? ConcludedAt { get; set; }
    public string? ConcludedBy { get; set; }
    public string? SealReference { get; set; }
}

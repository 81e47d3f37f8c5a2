namespace Platform.Plugins.Heshan.Admission;

/// <summary>
/// The admission scoring model (Seed/admission-scoring.yaml): criteria each scored 0–100 by one department,
/// weights that sum to 100, a pass line, and whether one department's disagreement vetoes admission.
/// </summary>
internal sealed class ScoringModel
{
    public int TimeLimitWorkingDays { get; set; } = 5;
    public decimal PassLine { get; set; }
    public bool VetoOnDisagree { get; set; }
    public List<ScoringCriterion> Criteria { get; set; } = [];

    public IReadOnlyList<string> Units => Criteria.Select(c => c.Unit).Distinct().ToList();

    /// <summary>Why the model cannot be used, or null when it can.</summary>
    public string? Problem() =>
        Criteria.Count == 0 ? "评分模型没有评分项。"
        : Criteria.Sum(c => c.Weight) != 100 ? $"评分项权重合计须为 100，现为 {Criteria.Sum(c => c.Weight)}。"
        : Criteria.Select(c => c.Code).Distinct().Count() != Criteria.Count ? "评分项编码重复。"
        : PassLine is < 0 or > 100 ? "及格线须在 0 至 100 之间。"
        : TimeLimitWorkingDays < 1 ? "时限须至少 1 个工作日。"
        : null;
}

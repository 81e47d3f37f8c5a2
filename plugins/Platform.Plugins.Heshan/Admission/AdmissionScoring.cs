using Platform.Plugins.Heshan.Contracts;

namespace Platform.Plugins.Heshan.Admission;

/// <summary>Computes the admission score from the departments' entries under a scoring model. Pure: no I/O.</summary>
internal static class AdmissionScoring
{
    public static AdmissionScore Compute(ScoringModel model, IReadOnlyList<DepartmentEntry> entries)
    {
        var byUnit = entries.ToDictionary(e => e.UnitCode);
        var criteria = model.Criteria.Select(c =>
        {
            decimal? score = byUnit.TryGetValue(c.Unit, out var entry) && entry.Scores.TryGetValue(c.Code, out var s) ? s : null;
            return new CriterionScore(c.Code, c.Name, c.Unit, c.Weight, score, Math.Round((score ?? 0) * c.Weight / 100, 2));
        }).ToList();
        var total = criteria.Sum(c => c.Points);
        var missing = model.Units.Where(u => !byUnit.ContainsKey(u)).ToList();
        var vetoing = model.VetoOnDisagree ? entries.Where(e => !e.Agrees).Select(e => e.UnitCode).ToList() : [];
        return new AdmissionScore(total, model.PassLine, total >= model.PassLine && vetoing.Count == 0, criteria, missing, vetoing);
    }

    /// <summary>Checks a department's scores: exactly its own criteria, each 0–100. Returns the field and rule broken, or null.</summary>
    public static (string Field, string Rule)? Validate(ScoringModel model, string unitCode, IReadOnlyDictionary<string, decimal>? scores)
    {
        var own = model.Criteria.Where(c => c.Unit == unitCode).ToList();
        if (own.Count == 0) return ("unitCode", $"{unitCode} 不参与项目准入测评打分。");
        scores ??= new Dictionary<string, decimal>();
        foreach (var criterion in own)
        {
            if (!scores.TryGetValue(criterion.Code, out var value)) return ($"scores.{criterion.Code}", $"请为“{criterion.Name}”打分（0–100）。");
            if (value is < 0 or > 100) return ($"scores.{criterion.Code}", $"“{criterion.Name}”的分数须在 0 至 100 之间。");
        }

        var stray = scores.Keys.FirstOrDefault(k => own.All(c => c.Code != k));
        return stray is null ? null : ($"scores.{stray}", $"评分项“{stray}”不由本单位打分。");
    }
}

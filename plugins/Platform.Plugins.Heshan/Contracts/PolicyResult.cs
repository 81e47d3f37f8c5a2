namespace Platform.Plugins.Heshan.Contracts;

/// <summary>Whether an enterprise qualifies for a policy, the amount (万元) when it does, and each condition met or not.</summary>
public sealed record PolicyResult(string Code, string Name, string Department, string Description, bool Qualifies, decimal? Amount,
    string AmountRule, IReadOnlyList<ConditionResult> Conditions);

/// <summary>One condition in words (e.g. 年营业收入 ≥ 2000 万元), the enterprise's value, and whether it is met.</summary>
public sealed record ConditionResult(string Rule, string Actual, bool Met);

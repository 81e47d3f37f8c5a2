using System.Globalization;
using Dapper;
using Platform.Plugins.Heshan.Contracts;

namespace Platform.Plugins.Heshan.Policies;

/// <summary>
/// Evaluates a policy against an enterprise's data, condition by condition, and computes the amount.
/// The same conditions also translate to SQL, so bureaus list qualifying enterprises page by page. Pure: no I/O.
/// </summary>
internal static class PolicyRules
{
    private static readonly Dictionary<string, (string Sql, string Words)> Operators = new()
    {
        ["eq"] = ("=", "为"), ["gte"] = (">=", "≥"), ["gt"] = (">", ">"), ["lte"] = ("<=", "≤"), ["lt"] = ("<", "<"), ["in"] = ("= ANY", "属于"),
    };

    public static PolicyResult Evaluate(PolicyDefinition policy, EnterpriseData data)
    {
        var conditions = policy.Conditions.Select(c =>
        {
            var field = PolicyFields.All[c.Field];
            var actual = field.Read(data);
            return new ConditionResult(Words(c), PolicyFields.Display(field, actual), Met(c, field, actual));
        }).ToList();
        var qualifies = conditions.All(c => c.Met);
        return new PolicyResult(policy.Code, policy.Name, policy.Department, policy.Description, qualifies, qualifies ? Amount(policy.Amount, data) : null,
            AmountWords(policy.Amount), conditions);
    }

    /// <summary>Why a library entry is unusable (unknown field or operator, bad number), or null.</summary>
    public static string? Problem(PolicyDefinition policy) =>
        policy.Conditions.Select(c =>
            !PolicyFields.All.TryGetValue(c.Field, out var field) ? $"{policy.Code}: 未知字段 {c.Field}"
            : !Operators.ContainsKey(c.Op) ? $"{policy.Code}: 未知运算 {c.Op}"
            : field.Numeric && c.Op != "in" && !decimal.TryParse(c.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out _) ? $"{policy.Code}: {c.Field} 须为数字"
            : null).FirstOrDefault(p => p is not null)
        ?? (policy.Amount.Kind == "rate" && (policy.Amount.Field is null || !PolicyFields.All[policy.Amount.Field].Numeric) ? $"{policy.Code}: 比例金额须指定数值字段" : null);

    /// <summary>The policy's conditions as a WHERE clause over <c>heshan.enterprise_profiles</c>, with its parameters.</summary>
    public static (string Where, DynamicParameters Parameters) ToSql(PolicyDefinition policy)
    {
        var parameters = new DynamicParameters();
        var clauses = new List<string>();
        for (var i = 0; i < policy.Conditions.Count; i++)
        {
            var c = policy.Conditions[i];
            var field = PolicyFields.All[c.Field];
            var name = $"p{i}";
            if (c.Op == "in")
            {
                clauses.Add($"{field.Column}::text = ANY(@{name})");
                parameters.Add(name, c.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            }
            else
            {
                clauses.Add($"{field.Column} {Operators[c.Op].Sql} @{name}");
                parameters.Add(name, field.Numeric ? decimal.Parse(c.Value, CultureInfo.InvariantCulture) : field.Name == "highTech" ? c.Value == "true" : c.Value);
            }
        }

        return (clauses.Count == 0 ? "true" : string.Join(" AND ", clauses), parameters);
    }

    private static bool Met(PolicyCondition c, PolicyFields.Field field, string actual)
    {
        if (c.Op == "in") return c.Value.Split(',', StringSplitOptions.TrimEntries).Contains(actual);
        if (!field.Numeric) return c.Op == "eq" && actual == c.Value;
        var (left, right) = (decimal.Parse(actual, CultureInfo.InvariantCulture), decimal.Parse(c.Value, CultureInfo.InvariantCulture));
        return c.Op switch { "eq" => left == right, "gte" => left >= right, "gt" => left > right, "lte" => left <= right, _ => left < right };
    }

    private static decimal Amount(PolicyAmount amount, EnterpriseData data)
    {
        if (amount.Kind != "rate") return amount.Amount;
        var value = Math.Round(PolicyFields.Numeric(data, amount.Field!) * amount.Rate, 2);
        return amount.Cap is { } cap ? Math.Min(value, cap) : value;
    }

    private static string Words(PolicyCondition c)
    {
        var field = PolicyFields.All[c.Field];
        return field.Name == "highTech" ? (c.Value == "true" ? "须为高新技术企业" : "须非高新技术企业")
            : $"{field.Label} {Operators[c.Op].Words} {c.Value}{field.Unit}";
    }

    private static string AmountWords(PolicyAmount amount) => amount.Kind == "rate"
        ? $"按{PolicyFields.All[amount.Field!].Label}的 {amount.Rate * 100:0.##}%{(amount.Cap is { } cap ? $"，最高 {cap:0.##} 万元" : "")}"
        : $"定额 {amount.Amount:0.##} 万元";
}

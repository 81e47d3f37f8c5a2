namespace Platform.Plugins.Heshan.Policies;

/// <summary>One support policy of the library (Seed/policies.yaml): who pays it, its conditions and its amount.</summary>
internal sealed class PolicyDefinition
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Department { get; set; } = "";
    public string Description { get; set; } = "";
    public List<PolicyCondition> Conditions { get; set; } = [];
    public PolicyAmount Amount { get; set; } = new();
}

/// <summary>A condition on one enterprise field: <c>eq</c>, <c>in</c> (comma-separated), <c>gte</c>, <c>gt</c>, <c>lte</c>, <c>lt</c>.</summary>
internal sealed class PolicyCondition
{
    public string Field { get; set; } = "";
    public string Op { get; set; } = "";
    public string Value { get; set; } = "";
}

/// <summary>A fixed amount, or a rate of one field capped at <see cref="Cap"/> (万元).</summary>
internal sealed class PolicyAmount
{
    public string Kind { get; set; } = "fixed";
    public decimal Amount { get; set; }
    public string? Field { get; set; }
    public decimal Rate { get; set; }
    public decimal? Cap { get; set; }
}

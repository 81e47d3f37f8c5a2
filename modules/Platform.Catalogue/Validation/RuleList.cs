namespace Platform.Catalogue.Validation;

/// <summary>Collects the breaches of one definition, so every broken rule is reported at once.</summary>
internal sealed class RuleList
{
    private readonly List<RuleBreach> breaches = [];

    public IReadOnlyList<RuleBreach> Breaches => breaches;

    public void Require(bool holds, string field, string code, string rule)
    {
        if (!holds) breaches.Add(new RuleBreach(field, code, rule));
    }

    public void Text(string? value, string field, string label, int maxLength, bool required = true)
    {
        if (required && string.IsNullOrWhiteSpace(value))
            breaches.Add(new RuleBreach(field, "catalogue.field.required", $"{label}不能为空"));
        else if (value is not null && value.Length > maxLength)
            breaches.Add(new RuleBreach(field, "catalogue.field.too_long", $"{label}不能超过 {maxLength} 个字"));
    }
}

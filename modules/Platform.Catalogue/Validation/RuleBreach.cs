namespace Platform.Catalogue.Validation;

/// <summary>A broken field rule: the field's path (materials[2].core), a stable code and the rule in Chinese.</summary>
internal sealed record RuleBreach(string Field, string Code, string Rule);

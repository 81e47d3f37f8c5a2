namespace Platform.Catalogue.Contracts;

/// <summary>必要 (always) or 容缺/情形 (only when its condition applies).</summary>
public enum MaterialRequirement
{
    Required,
    Conditional,
}

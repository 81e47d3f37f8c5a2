namespace Platform.Identity.Contracts;

/// <summary>A citizen applies for themselves; an enterprise applies under its unified social credit code.</summary>
public enum ApplicantKind
{
    Citizen,
    Enterprise,
}

namespace Platform.Catalogue.Contracts;

/// <summary>即办件 (decided on the spot) or 承诺件 (decided within the committed time limit).</summary>
public enum ProcessingKind
{
    Immediate,
    Committed,
}

namespace Platform.Catalogue.Contracts;

/// <summary>原件, 复印件, or both.</summary>
public enum MaterialForm
{
    Original,
    Copy,
    OriginalAndCopy,
    Electronic,
}

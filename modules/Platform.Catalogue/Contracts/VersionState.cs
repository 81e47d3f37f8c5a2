namespace Platform.Catalogue.Contracts;

public enum VersionState
{
    Draft,
    Published,
}

namespace Platform.Catalogue.Contracts;

/// <summary>
/// A catalogue as YAML carries it: the seed files plugins ship and the export/import round trip.
/// <see cref="ValidFrom"/> is when seeded matters take effect (now when absent).
/// </summary>
public sealed record CatalogueDocument
{
    public DateTimeOffset? ValidFrom { get; init; }
    public List<MatterDefinition> Matters { get; init; } = [];
}

using Platform.Bundles.Contracts;

namespace Platform.Bundles.Seeding;

/// <summary>A plugin's bundle YAML: the validity its first versions start from and the bundles.</summary>
internal sealed record BundleSeedDocument
{
    public DateTimeOffset ValidFrom { get; init; }
    public List<BundleDefinition> Bundles { get; init; } = [];
}

using Platform.Bundles.Contracts;

namespace Platform.Bundles.Seeding;

/// <summary>A plugin's bundle YAML: the validity its first versions start from, the region's zone windows and the bundles.</summary>
internal sealed record BundleSeedDocument
{
    public DateTimeOffset ValidFrom { get; init; }

    /// <summary>The zone windows (专区) of "1+X" by unit code, declared even where no bundle names them yet.</summary>
    public List<ZoneSeed> Zones { get; init; } = [];

    public List<BundleDefinition> Bundles { get; init; } = [];
}

/// <summary>One zone window: the organisation unit's code and the zone's name.</summary>
internal sealed record ZoneSeed
{
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
}

using Platform.Bundles.Contracts;

namespace Platform.Plugins.Yueyang;

/// <summary>岳阳's caps on the whole construction-approval chain by project category, from the plugin's YAML.</summary>
internal sealed class YueyangChainCaps(IReadOnlyList<ChainCapSeed> caps) : IChainCaps
{
    public IReadOnlyList<ChainCap> For(string regionCode) =>
        regionCode == YueyangModule.RegionCode ? caps.Select(c => new ChainCap(regionCode, c.Category, c.Name, c.WorkingDays)).ToList() : [];
}

/// <summary>One line of <c>Seed/chain-caps.yaml</c>.</summary>
internal sealed record ChainCapSeed
{
    public string Category { get; init; } = "";
    public string Name { get; init; } = "";
    public int WorkingDays { get; init; }
}

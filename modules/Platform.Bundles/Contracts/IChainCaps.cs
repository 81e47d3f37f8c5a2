namespace Platform.Bundles.Contracts;

/// <summary>
/// A region's caps on the whole construction-approval chain by project category (for example 岳阳:
/// government-invested buildings 70 working days), published by the region's plugin as data for the
/// projects module. Several plugins may register one each; each answers for its own region.
/// </summary>
public interface IChainCaps
{
    IReadOnlyList<ChainCap> For(string regionCode);
}

/// <summary>One category's cap: its stable code, its Chinese name, and the working days the whole chain may take.</summary>
public sealed record ChainCap(string RegionCode, string Category, string Name, int WorkingDays);

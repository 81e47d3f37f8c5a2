namespace Platform.Plugins.Yandu.Inspections;

/// <summary>An inspector on the region's list: qualified to inspect or not, and the enterprises they must stay away from (回避).</summary>
internal sealed record InspectorSeed
{
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public string Unit { get; init; } = "";
    public bool Qualified { get; init; }
    public List<string> RelatedEnterprises { get; init; } = [];
}

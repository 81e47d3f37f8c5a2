namespace Platform.Kernel.Modularity;

/// <summary>A deployment: the regions one installation serves and the programme plugins it enables.</summary>
public sealed record Deployment(string Name, string Title, IReadOnlyList<DeploymentRegion> Regions, IReadOnlyList<string> Plugins)
{
    public bool Serves(string regionCode) => Regions.Any(r => r.Code == regionCode);
}

/// <summary>A region by its administrative division code (for example 440784 for 鹤山市).</summary>
public sealed record DeploymentRegion(string Code, string Name, string? ParentCode)
{
    /// <summary>
    /// Demo deployments only: the code of the unit the demo reviewer and leader sit in, the one that handles the matters
    /// the README's examples apply for, so the example case reaches their queue. Null: the region's first bureau.
    /// </summary>
    public string? DemoReviewUnit { get; init; }
}

using Platform.Kernel.Errors;

namespace Platform.Kernel.Modularity;

/// <summary>A deployment: the regions one installation serves and the programme plugins it enables.</summary>
public sealed record Deployment(string Name, string Title, IReadOnlyList<DeploymentRegion> Regions, IReadOnlyList<string> Plugins)
{
    public const string UnknownRegion = "platform.region.unknown";

    public bool Serves(string regionCode) => Regions.Any(r => r.Code == regionCode);

    /// <summary>Refuses a region this deployment does not serve: 404 problem+json <c>platform.region.unknown</c>.</summary>
    public void DemandServes(string regionCode)
    {
        if (!Serves(regionCode)) throw PlatformProblem.NotFound(UnknownRegion, $"地区 {regionCode} 不是本部署服务的地区。");
    }
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

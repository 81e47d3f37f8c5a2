namespace Platform.Projects.Categories;

/// <summary>
/// A project category (鞍山's eight, 岳阳's four caps) with its whole-chain cap and its stage templates; <see cref="SimulatedApproval"/>
/// when its projects may be pre-reviewed while their land is auctioned (鹤山's industrial and logistics projects).
/// </summary>
internal sealed record ProjectCategory(string RegionCode, string Code, string Name, int Ordinal, string IndustryCode, int ChainCapDays,
    IReadOnlyList<StageTemplate> Stages, bool SimulatedApproval = false);

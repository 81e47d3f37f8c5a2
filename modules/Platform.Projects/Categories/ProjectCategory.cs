namespace Platform.Projects.Categories;

/// <summary>A project category (鞍山's eight, 岳阳's four caps) with its whole-chain cap and its stage templates.</summary>
internal sealed record ProjectCategory(string RegionCode, string Code, string Name, int Ordinal, string IndustryCode, int ChainCapDays,
    IReadOnlyList<StageTemplate> Stages);

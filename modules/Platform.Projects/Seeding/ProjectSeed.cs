using Platform.Projects.Categories;

namespace Platform.Projects.Seeding;

/// <summary>A plugin's construction-project programme as its YAML spells it.</summary>
internal sealed class ProjectSeed
{
    /// <summary>Stage-template sets the categories refer to by YAML anchors; read only through the categories.</summary>
    public Dictionary<string, StageTemplate> Templates { get; set; } = [];
    public List<CategorySeed> Categories { get; set; } = [];
    public List<CreditSeed> CreditList { get; set; } = [];
    public List<IntermediarySeed> Intermediaries { get; set; } = [];
    public List<Intermediaries.IntermediaryMatterSeed> IntermediaryMatters { get; set; } = [];
}

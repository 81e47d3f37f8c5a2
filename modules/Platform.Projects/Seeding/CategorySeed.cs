using Platform.Projects.Categories;

namespace Platform.Projects.Seeding;

internal sealed class CategorySeed
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string IndustryCode { get; set; } = "";
    public int ChainCapDays { get; set; }
    public List<StageTemplate> Stages { get; set; } = [];
    public bool SimulatedApproval { get; set; }
}

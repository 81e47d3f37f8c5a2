namespace Platform.Empowerment.Seeding;

internal sealed class ExcludedCategorySeed
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public List<string> Keywords { get; set; } = [];
    public string Reason { get; set; } = "";
    public List<string> Departments { get; set; } = [];
    public List<string> MatterCodes { get; set; } = [];
}

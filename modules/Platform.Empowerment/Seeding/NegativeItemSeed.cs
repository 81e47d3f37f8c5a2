namespace Platform.Empowerment.Seeding;

internal sealed class NegativeItemSeed
{
    public List<string> IndustryCodes { get; set; } = [];
    public List<string> Keywords { get; set; } = [];
    public string Description { get; set; } = "";
    public string Measure { get; set; } = "";
    public string Basis { get; set; } = "";
}

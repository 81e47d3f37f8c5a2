namespace Platform.Projects.Seeding;

internal sealed class IntermediarySeed
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Services { get; set; } = "";
    public string Qualification { get; set; } = "";
    public string Contact { get; set; } = "";
}

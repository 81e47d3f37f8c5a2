namespace Platform.Empowerment.Seeding;

internal sealed class ResponsibilitySeed
{
    public string Kind { get; set; } = "Legal";
    public string Subject { get; set; } = "";
    public string Duty { get; set; } = "";
    public string Basis { get; set; } = "";
}

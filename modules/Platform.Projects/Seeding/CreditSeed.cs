namespace Platform.Projects.Seeding;

internal sealed class CreditSeed
{
    public string Subject { get; set; } = "";
    public string Name { get; set; } = "";
    public string List { get; set; } = "";
    public string Reason { get; set; } = "";
}

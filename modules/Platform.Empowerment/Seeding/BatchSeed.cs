namespace Platform.Empowerment.Seeding;

internal sealed class BatchSeed
{
    public int Number { get; set; }
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "Matters";
    public string TargetDate { get; set; } = "";
}

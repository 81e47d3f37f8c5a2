namespace Platform.Empowerment.Seeding;

/// <summary>A park programme as a plugin ships it (camelCase YAML).</summary>
internal sealed class ProgrammeSeed
{
    public string ParkName { get; set; } = "";
    public string ParkUnit { get; set; } = "";
    public string ApprovalSeal { get; set; } = "";
    public string AgreementTemplate { get; set; } = "";
    public string? EntryMatter { get; set; }
    public HandoverSeed Handover { get; set; } = new();
    public ParkAreaSeed ParkArea { get; set; } = new();
    public List<BatchSeed> Batches { get; set; } = [];
    public List<ExcludedCategorySeed> ExcludedCategories { get; set; } = [];
    public List<EntrySeed> Entries { get; set; } = [];
    public List<NegativeItemSeed> NegativeList { get; set; } = [];
    public List<ResponsibilitySeed> Responsibilities { get; set; } = [];
}

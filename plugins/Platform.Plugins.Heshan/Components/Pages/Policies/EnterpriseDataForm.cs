namespace Platform.Plugins.Heshan.Components.Pages.Policies;

/// <summary>What the calculator page posts: the enterprise's name and data.</summary>
internal sealed class EnterpriseDataForm
{
    public string? Name { get; set; }
    public string? Industry { get; set; }
    public decimal AnnualRevenue { get; set; }
    public decimal TaxPaid { get; set; }
    public decimal RdSpend { get; set; }
    public int Employees { get; set; }
    public bool HighTech { get; set; }
}

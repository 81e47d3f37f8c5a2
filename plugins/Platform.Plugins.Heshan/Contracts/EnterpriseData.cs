namespace Platform.Plugins.Heshan.Contracts;

/// <summary>
/// What the calculator knows of an enterprise: its industry, annual revenue, tax paid and R&amp;D spend
/// (万元, last year), employees, and whether it is a certified high-tech enterprise.
/// </summary>
public sealed record EnterpriseData(string Industry, decimal AnnualRevenue, decimal TaxPaid, decimal RdSpend, int Employees, bool HighTech);

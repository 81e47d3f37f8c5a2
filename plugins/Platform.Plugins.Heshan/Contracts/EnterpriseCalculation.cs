namespace Platform.Plugins.Heshan.Contracts;

/// <summary>An enterprise's data and every policy of the library evaluated on it.</summary>
public sealed record EnterpriseCalculation(string EnterpriseId, string Name, EnterpriseData Data, IReadOnlyList<PolicyResult> Policies)
{
    public decimal Total => Policies.Where(p => p.Qualifies).Sum(p => p.Amount ?? 0);
}

namespace Platform.Plugins.Heshan.Contracts;

/// <summary>An enterprise that qualifies for a policy, with the amount (万元) it would receive.</summary>
public sealed record QualifyingEnterprise(string EnterpriseId, string Name, decimal Amount);

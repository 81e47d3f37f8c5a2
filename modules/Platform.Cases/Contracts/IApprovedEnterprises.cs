namespace Platform.Cases.Contracts;

/// <summary>The enterprises a region approved something for: the population a random post-approval inspection draws from.</summary>
public interface IApprovedEnterprises
{
    /// <summary>Enterprises with an approved case decided at or before <paramref name="decidedBefore"/>, ordered by credit code, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<ApprovedEnterprise>> ListAsync(string regionCode, DateTimeOffset decidedBefore, int limit, CancellationToken cancellationToken);
}

public sealed record ApprovedEnterprise(string EnterpriseCode, string Name, int ApprovedCases);

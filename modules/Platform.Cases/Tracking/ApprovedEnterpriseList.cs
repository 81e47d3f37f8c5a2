using Dapper;
using Npgsql;
using Platform.Cases.Contracts;

namespace Platform.Cases.Tracking;

/// <summary>Enterprises with approved cases in a region (the population of random post-approval inspections).</summary>
internal sealed class ApprovedEnterpriseList(NpgsqlDataSource dataSource) : IApprovedEnterprises
{
    public async Task<IReadOnlyList<ApprovedEnterprise>> ListAsync(string regionCode, DateTimeOffset decidedBefore, int limit,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<ApprovedEnterprise>(
            """
            SELECT enterprise_code, min(applicant_name) AS name, count(*)::int AS approved_cases
            FROM cases.cases
            WHERE region_code = @regionCode AND enterprise_code IS NOT NULL AND decided_at <= @decidedBefore
              AND (decision->>'approved')::boolean
            GROUP BY enterprise_code ORDER BY enterprise_code LIMIT @limit
            """, new { regionCode, decidedBefore = decidedBefore.ToUniversalTime(), limit = Math.Clamp(limit, 1, 100_000) })).ToList();
    }
}

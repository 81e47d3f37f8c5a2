using Dapper;
using Npgsql;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;

namespace Platform.Plugins.Yandu.Inspections;

/// <summary>一公开: an inspection's result is published when it is recorded; the public list pages the published ones.</summary>
internal sealed class InspectionResults(ITransactionRunner transactions, NpgsqlDataSource dataSource, IAuditTrail audit, IClock clock)
{
    public Task RecordAsync(Guid planId, int ordinal, string regionCode, ResultRequest request, string actorId, CancellationToken cancellationToken)
    {
        var result = string.IsNullOrWhiteSpace(request.Result) || request.Result.Length > 50
            ? throw PlatformProblem.Invalid("request.field_invalid", "result", "请填写检查结果（如：未发现问题、责令整改）。") : request.Result.Trim();
        return transactions.RunAsync(async tx =>
        {
            var updated = await tx.Connection!.ExecuteAsync(
                """
                UPDATE yandu.inspection_targets t SET result = @result, findings = @findings, published_at = @at
                FROM yandu.inspection_plans p
                WHERE t.plan_id = p.id AND p.id = @planId AND p.region_code = @regionCode AND t.ordinal = @ordinal AND t.published_at IS NULL
                """, new { planId, ordinal, regionCode, result, findings = request.Findings?.Trim(), at = clock.Now.ToUniversalTime() }, tx);
            if (updated == 0)
                throw PlatformProblem.NotFound("yandu.inspection.target_not_found", "抽查对象不存在，或结果已公示。");
            await audit.AppendAsync(tx, new AuditEntry(regionCode, actorId, "yandu.inspection.published", "inspection-plan", planId.ToString(),
                new { ordinal, result }), cancellationToken);
            return updated;
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<PublishedResult>> PublishedAsync(string regionCode, int page, int pageSize, CancellationToken cancellationToken)
    {
        pageSize = Math.Clamp(pageSize, 1, 100);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<PublishedResult>(
            """
            SELECT p.name AS plan_name, t.enterprise_code, t.enterprise_name, t.result, t.findings, t.published_at
            FROM yandu.inspection_targets t JOIN yandu.inspection_plans p ON p.id = t.plan_id
            WHERE p.region_code = @regionCode AND t.published_at IS NOT NULL
            ORDER BY t.published_at DESC, t.plan_id, t.ordinal OFFSET @offset LIMIT @pageSize
            """, new { regionCode, offset = Pages.Offset(Math.Max(page, 1), pageSize), pageSize })).ToList();
    }
}

/// <summary>A published inspection result (抽查结果公示).</summary>
internal sealed record PublishedResult(string PlanName, string EnterpriseCode, string EnterpriseName, string Result, string? Findings, DateTime PublishedAt);

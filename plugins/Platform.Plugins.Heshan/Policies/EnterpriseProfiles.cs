using Dapper;
using Npgsql;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;
using Platform.Plugins.Heshan.Contracts;

namespace Platform.Plugins.Heshan.Policies;

/// <summary>The enterprise data the calculator works on, entered by the enterprise or by a bureau on its behalf (audited).</summary>
internal sealed class EnterpriseProfiles(ITransactionRunner transactions, NpgsqlDataSource dataSource, IAuditTrail audit, IClock clock)
{
    public async Task<(string Name, EnterpriseData Data)?> GetAsync(string enterpriseId, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<(string Name, string Industry, decimal AnnualRevenue, decimal TaxPaid, decimal RdSpend, int Employees,
            bool HighTech)?>(
            "SELECT name, industry, annual_revenue, tax_paid, rd_spend, employees, high_tech FROM heshan.enterprise_profiles WHERE enterprise_id = @enterpriseId",
            new { enterpriseId });
        return row is { } r ? (r.Name, new EnterpriseData(r.Industry, r.AnnualRevenue, r.TaxPaid, r.RdSpend, r.Employees, r.HighTech)) : null;
    }

    public Task SaveAsync(string enterpriseId, string? name, EnterpriseData? data, string actorId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name)) throw PlatformProblem.Invalid("heshan.enterprise.name_required", "name", "请填写企业名称。");
        if (data is null || string.IsNullOrWhiteSpace(data.Industry))
            throw PlatformProblem.Invalid("heshan.enterprise.industry_required", "data.industry", "请填写所属行业。");
        foreach (var (field, value) in new[] { ("annualRevenue", data.AnnualRevenue), ("taxPaid", data.TaxPaid), ("rdSpend", data.RdSpend), ("employees", (decimal)data.Employees) })
            if (value < 0) throw PlatformProblem.Invalid("heshan.enterprise.value_negative", $"data.{field}", "数值不能为负数。");
        return transactions.RunAsync(async tx =>
        {
            await tx.Connection!.ExecuteAsync(
                """
                INSERT INTO heshan.enterprise_profiles (enterprise_id, region_code, name, industry, annual_revenue, tax_paid, rd_spend, employees, high_tech,
                    updated_at, updated_by)
                VALUES (@enterpriseId, @region, @name, @Industry, @AnnualRevenue, @TaxPaid, @RdSpend, @Employees, @HighTech, @at, @actorId)
                ON CONFLICT (enterprise_id) DO UPDATE SET name = excluded.name, industry = excluded.industry, annual_revenue = excluded.annual_revenue,
                    tax_paid = excluded.tax_paid, rd_spend = excluded.rd_spend, employees = excluded.employees, high_tech = excluded.high_tech,
                    updated_at = excluded.updated_at, updated_by = excluded.updated_by
                """,
                new
                {
                    enterpriseId, region = HeshanModule.RegionCode, name = name.Trim(), data.Industry, data.AnnualRevenue, data.TaxPaid, data.RdSpend,
                    data.Employees, data.HighTech, at = clock.Now.ToUniversalTime(), actorId,
                }, tx);
            await audit.AppendAsync(tx, new AuditEntry(HeshanModule.RegionCode, actorId, "heshan.enterprise.data_saved", "heshan-enterprise", enterpriseId, data), ct);
            return 0;
        }, ct);
    }

    /// <summary>The enterprises whose entered data meets every condition of the policy, by credit code, paged.</summary>
    public async Task<PagedList<QualifyingEnterprise>> QualifyingAsync(PolicyDefinition policy, int page, int pageSize, CancellationToken ct)
    {
        (page, pageSize) = (Math.Max(page, 1), Math.Clamp(pageSize, 1, 100));
        var (where, parameters) = PolicyRules.ToSql(policy);
        parameters.Add("region", HeshanModule.RegionCode);
        parameters.Add("skip", Pages.Offset(page, pageSize));
        parameters.Add("take", pageSize);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var filter = $"region_code = @region AND {where}";
        var total = await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM heshan.enterprise_profiles WHERE {filter}", parameters);
        var rows = await connection.QueryAsync<(string EnterpriseId, string Name, string Industry, decimal AnnualRevenue, decimal TaxPaid, decimal RdSpend,
            int Employees, bool HighTech)>(
            $"""
            SELECT enterprise_id, name, industry, annual_revenue, tax_paid, rd_spend, employees, high_tech FROM heshan.enterprise_profiles
            WHERE {filter} ORDER BY enterprise_id OFFSET @skip LIMIT @take
            """, parameters);
        return new PagedList<QualifyingEnterprise>(rows.Select(r =>
        {
            var data = new EnterpriseData(r.Industry, r.AnnualRevenue, r.TaxPaid, r.RdSpend, r.Employees, r.HighTech);
            return new QualifyingEnterprise(r.EnterpriseId, r.Name, PolicyRules.Evaluate(policy, data).Amount ?? 0);
        }).ToList(), page, pageSize, total);
    }
}

using Dapper;
using Npgsql;
using Platform.Kernel.Database;

namespace Platform.Projects.Intermediaries;

/// <summary>The region's intermediary-service matters: seeded once from the plugin, read by code or as the region's list.</summary>
internal sealed class IntermediaryMatterStore(NpgsqlDataSource dataSource, ITransactionRunner transactions)
{
    public async Task<IReadOnlyList<IntermediaryMatter>> ListAsync(string regionCode, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<IntermediaryMatter>(new CommandDefinition(
            """
            SELECT code, name, material_name, time_limit_days, firm_codes FROM projects.intermediary_matters
            WHERE region_code = @regionCode ORDER BY code LIMIT 100
            """, new { regionCode }, cancellationToken: cancellationToken))).ToList();
    }

    public static Task<IntermediaryMatter?> FindAsync(NpgsqlTransaction tx, string regionCode, string code) =>
        tx.Connection!.QuerySingleOrDefaultAsync<IntermediaryMatter>(
            "SELECT code, name, material_name, time_limit_days, firm_codes FROM projects.intermediary_matters WHERE region_code = @regionCode AND code = @code",
            new { regionCode, code }, tx);

    /// <summary>Writes the plugin's matters when the region has none yet, so an admin's later changes survive restarts.</summary>
    public Task SeedAsync(string regionCode, IReadOnlyList<IntermediaryMatterSeed> matters, CancellationToken cancellationToken) =>
        transactions.RunAsync(async tx =>
        {
            if (matters.Count == 0 || await tx.Connection!.ExecuteScalarAsync<bool>(
                    "SELECT EXISTS (SELECT 1 FROM projects.intermediary_matters WHERE region_code = @regionCode)", new { regionCode }, tx)) return false;
            foreach (var m in matters)
                await tx.Connection!.ExecuteAsync(
                    """
                    INSERT INTO projects.intermediary_matters (region_code, code, name, material_name, time_limit_days, firm_codes)
                    VALUES (@regionCode, @Code, @Name, @Material, @TimeLimitDays, @firms)
                    """, new { regionCode, m.Code, m.Name, m.Material, m.TimeLimitDays, firms = m.Firms.ToArray() }, tx);
            return true;
        }, cancellationToken);
}

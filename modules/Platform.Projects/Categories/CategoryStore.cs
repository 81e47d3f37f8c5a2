using System.Text.Json;
using Dapper;
using Npgsql;

namespace Platform.Projects.Categories;

/// <summary>Reads and writes the categories of a region; the stage templates are kept as jsonb.</summary>
internal sealed class CategoryStore(NpgsqlDataSource dataSource)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string Select =
        "SELECT region_code, code, name, ordinal, industry_code, chain_cap_days, stages::text AS stages, simulated_approval FROM projects.categories";

    public async Task<IReadOnlyList<ProjectCategory>> ListAsync(string regionCode, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(
            Select + " WHERE region_code = @regionCode ORDER BY ordinal", new { regionCode });
        return rows.Select(r => r.ToCategory()).ToList();
    }

    public static async Task<ProjectCategory?> FindAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, string regionCode, string code) =>
        (await connection.QuerySingleOrDefaultAsync<Row>(
            Select + " WHERE region_code = @regionCode AND code = @code", new { regionCode, code }, tx))?.ToCategory();

    public static Task AddAsync(NpgsqlTransaction tx, ProjectCategory category) =>
        tx.Connection!.ExecuteAsync(
            """
            INSERT INTO projects.categories (region_code, code, name, ordinal, industry_code, chain_cap_days, stages, simulated_approval)
            VALUES (@RegionCode, @Code, @Name, @Ordinal, @IndustryCode, @ChainCapDays, @stages::jsonb, @SimulatedApproval)
            """,
            new { category.RegionCode, category.Code, category.Name, category.Ordinal, category.IndustryCode, category.ChainCapDays,
                stages = JsonSerializer.Serialize(category.Stages, Json), category.SimulatedApproval }, tx);

    private sealed record Row(string RegionCode, string Code, string Name, int Ordinal, string IndustryCode, int ChainCapDays, string Stages,
        bool SimulatedApproval)
    {
        public ProjectCategory ToCategory() => new(RegionCode, Code, Name, Ordinal, IndustryCode, ChainCapDays,
            JsonSerializer.Deserialize<List<StageTemplate>>(Stages, Json)!, SimulatedApproval);
    }
}

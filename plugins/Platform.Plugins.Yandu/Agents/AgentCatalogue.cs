using System.Text.Json;
using Dapper;
using Npgsql;
using Platform.Kernel.Database;
using Platform.Kernel.Seeding;

namespace Platform.Plugins.Yandu.Agents;

/// <summary>The published agent catalogue (代办员目录): seeded from <c>Seed/agents.yaml</c> on first start, then kept in the database.</summary>
internal sealed class AgentCatalogue(NpgsqlDataSource dataSource)
{
    public async Task SeedAsync(string regionCode, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        foreach (var agent in EmbeddedYaml.Read<List<AgentSeed>>(typeof(AgentCatalogue).Assembly, "Seed/agents.yaml"))
            await connection.ExecuteAsync(
                """
                INSERT INTO yandu.agents (code, region_code, name, unit, phone, scope, time_limit_working_days)
                VALUES (@Code, @regionCode, @Name, @Unit, @Phone, @scope::jsonb, @TimeLimitWorkingDays) ON CONFLICT (code) DO NOTHING
                """, new { agent.Code, regionCode, agent.Name, agent.Unit, agent.Phone, scope = JsonSerializer.Serialize(agent.Scope), agent.TimeLimitWorkingDays });
    }

    public async Task<IReadOnlyList<AgentView>> PageAsync(string regionCode, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<Row>(
                """
                SELECT code, name, unit, phone, scope::text AS scope, time_limit_working_days FROM yandu.agents
                WHERE region_code = @regionCode AND active ORDER BY code OFFSET @offset LIMIT @limit
                """, new { regionCode, offset = Pages.Offset(Math.Max(page, 1), Math.Clamp(pageSize, 1, 100)), limit = Math.Clamp(pageSize, 1, 100) }))
            .Select(r => new AgentView(r.Code, r.Name, r.Unit, r.Phone, JsonSerializer.Deserialize<List<string>>(r.Scope) ?? [], r.TimeLimitWorkingDays))
            .ToList();
    }

    private sealed record Row(string Code, string Name, string Unit, string Phone, string Scope, int TimeLimitWorkingDays);
}

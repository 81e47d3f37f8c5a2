using Dapper;
using Npgsql;
using Platform.Kernel.Errors;

namespace Platform.Empowerment.Lists;

/// <summary>Reads a region's programme and its excluded categories.</summary>
internal sealed class ProgrammeStore(NpgsqlDataSource dataSource)
{
    public async Task<Programme> GetAsync(string regionCode, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await FindAsync(connection, null, regionCode)
               ?? throw PlatformProblem.NotFound("empowerment.programme.not_found", $"地区 {regionCode} 没有园区赋权方案。");
    }

    public static Task<Programme?> FindAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string regionCode) =>
        connection.QuerySingleOrDefaultAsync<Programme>(
            """
            SELECT region_code, park_name, park_unit_code, approval_seal, agreement_template, entry_matter_code, records_days, access_days, day_unit
            FROM empowerment.programmes WHERE region_code = @regionCode
            """, new { regionCode }, transaction);

    public static async Task<IReadOnlyList<ExcludedCategory>> ExcludedAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string regionCode) =>
        (await connection.QueryAsync<(string Code, string Name, string[] Keywords, string Reason, string[] Departments, string[] MatterCodes)>(
            "SELECT code, name, keywords, reason, departments, matter_codes FROM empowerment.excluded_categories WHERE region_code = @regionCode ORDER BY code",
            new { regionCode }, transaction))
        .Select(r => new ExcludedCategory(r.Code, r.Name, r.Keywords, r.Reason) { Departments = r.Departments, MatterCodes = r.MatterCodes })
        .ToList();
}

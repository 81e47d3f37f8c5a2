using Dapper;
using Npgsql;
using Platform.Kernel.Database;

namespace Platform.Projects.Register;

internal static class ProjectStore
{
    private const string Select =
        """
        SELECT id, region_code, code, name, category_code, project_class, location, zone, applicant_id, enterprise_code, enterprise_name,
               credit_standing, key_project, agent_name, chain_cap_days, chain_deadline_id, created_at, version
        FROM projects.projects
        """;

    public static Task<ProjectRow?> FindAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, Guid id) =>
        connection.QuerySingleOrDefaultAsync<ProjectRow>(Select + " WHERE id = @id", new { id }, tx);

    public static Task<ProjectRow?> LockAsync(NpgsqlTransaction tx, Guid id) =>
        tx.Connection!.QuerySingleOrDefaultAsync<ProjectRow>(Select + " WHERE id = @id FOR UPDATE", new { id }, tx);

    public static Task<ProjectRow?> FindByKeyAsync(NpgsqlTransaction tx, string createdBy, string key) =>
        tx.Connection!.QuerySingleOrDefaultAsync<ProjectRow>(Select + " WHERE created_by = @createdBy AND idempotency_key = @key",
            new { createdBy, key }, tx);

    public static async Task<(IReadOnlyList<ProjectRow> Items, long Total)> PageAsync(NpgsqlConnection connection, string? regionCode,
        string? enterpriseCode, int page, int pageSize)
    {
        const string filter = " WHERE (@regionCode::text IS NULL OR region_code = @regionCode) AND (@enterpriseCode::text IS NULL OR enterprise_code = @enterpriseCode)";
        var args = new { regionCode, enterpriseCode, pageSize, offset = Pages.Offset(page, pageSize) };
        var total = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM projects.projects" + filter, args);
        var items = await connection.QueryAsync<ProjectRow>(Select + filter + " ORDER BY created_at DESC, code LIMIT @pageSize OFFSET @offset", args);
        return (items.ToList(), total);
    }

    public static Task BumpAsync(NpgsqlTransaction tx, Guid id) =>
        tx.Connection!.ExecuteAsync("UPDATE projects.projects SET version = version + 1 WHERE id = @id", new { id }, tx);
}

using Dapper;
using Npgsql;
using Platform.Catalogue.Contracts;
using Platform.Kernel.Database;

namespace Platform.Catalogue.Matters;

/// <summary>Reads of versions and searches of a region's matters.</summary>
internal static class MatterReads
{
    public static Task<VersionRow?> InForceAsync(NpgsqlConnection connection, string regionCode, string code, DateTimeOffset instant) =>
        connection.QuerySingleOrDefaultAsync<VersionRow?>(
            $"SELECT {VersionRow.Columns} FROM catalogue.matter_versions v {InForce("@regionCode", "@code", "@instant")}",
            new { regionCode, code, instant = instant.ToUniversalTime() });

    /// <summary>The id of the version in force; parameters <c>$1</c> region, <c>$2</c> code, <c>$3</c> instant.</summary>
    public static NpgsqlBatchCommand InForceIdCommand(string regionCode, string code, DateTimeOffset instant) =>
        BatchCommand.Of($"SELECT v.id FROM catalogue.matter_versions v {InForce("$1", "$2", "$3")}", regionCode, code, instant.ToUniversalTime());

    /// <summary>The filter and order that pick the published version in force at an instant, over the given parameters.</summary>
    private static string InForce(string region, string code, string instant) =>
        $"""
         WHERE v.region_code = {region} AND v.code = {code} AND v.state = 'Published'
           AND v.valid_from <= {instant} AND (v.valid_to IS NULL OR v.valid_to > {instant})
         ORDER BY v.valid_from DESC LIMIT 1
         """;

    public static Task<VersionRow?> ByIdAsync(NpgsqlConnection connection, Guid id) =>
        connection.QuerySingleOrDefaultAsync<VersionRow?>(
            $"SELECT {VersionRow.Columns} FROM catalogue.matter_versions v WHERE v.id = @id", new { id });

    public static async Task<IReadOnlyList<VersionRow>> HistoryAsync(NpgsqlConnection connection, string regionCode, string code) =>
        (await connection.QueryAsync<VersionRow>(
            $"""
            SELECT {VersionRow.Columns} FROM catalogue.matter_versions v
            WHERE v.region_code = @regionCode AND v.code = @code ORDER BY v.number DESC
            """, new { regionCode, code })).ToList();

    /// <summary>
    /// One page of matters. Published: the version in force at <paramref name="instant"/>. Otherwise the
    /// latest version of each matter, draft or not, as an admin edits them.
    /// </summary>
    public static async Task<MatterPage> SearchAsync(NpgsqlConnection connection, string regionCode, MatterQuery query,
        DateTimeOffset instant, bool publishedOnly)
    {
        var pageSize = Math.Clamp(query.PageSize, 1, MatterQuery.MaxPageSize);
        var page = Math.Max(1, query.Page);
        var candidates = publishedOnly
            ? """
              SELECT v.* FROM catalogue.matter_versions v
              WHERE v.region_code = @regionCode AND v.state = 'Published'
                AND v.valid_from <= @instant AND (v.valid_to IS NULL OR v.valid_to > @instant)
              """
            : """
              SELECT DISTINCT ON (v.matter_id) v.* FROM catalogue.matter_versions v
              WHERE v.region_code = @regionCode ORDER BY v.matter_id, v.number DESC
              """;
        var rows = (await connection.QueryAsync<SummaryRow>(
            $"""
            WITH candidates AS ({candidates})
            SELECT c.id, c.code, c.state, c.number, c.definition::text AS definition, count(*) OVER () AS total
            FROM candidates c
            WHERE (@text IS NULL OR c.name ILIKE '%' || @text || '%' OR c.code ILIKE @text || '%')
              AND (@department IS NULL OR c.department = @department)
              AND (@type IS NULL OR c.type = @type)
              AND (@onlineDepth IS NULL OR c.online_depth = @onlineDepth)
            ORDER BY c.department, c.code
            LIMIT @pageSize OFFSET @offset
            """,
            new
            {
                regionCode, instant = instant.ToUniversalTime(), text = string.IsNullOrWhiteSpace(query.Text) ? null : query.Text.Trim(),
                department = string.IsNullOrWhiteSpace(query.Department) ? null : query.Department,
                type = query.Type?.ToString(), onlineDepth = query.OnlineDepth?.ToString(), pageSize, offset = Pages.Offset(page, pageSize),
            })).ToList();
        var total = rows.Count > 0 ? (int)rows[0].Total : 0;
        return new MatterPage(rows.Select(r => r.ToSummary()).ToList(), total, page, pageSize);
    }
}

using Dapper;
using Npgsql;
using Platform.Catalogue.Contracts;
using Platform.Kernel;

namespace Platform.Catalogue.Matters;

/// <summary>Writes of matters and versions, inside the caller's transaction.</summary>
internal static class MatterStore
{
    public static Task<Guid?> LockMatterAsync(NpgsqlTransaction tx, string regionCode, string code) =>
        tx.Connection!.ExecuteScalarAsync<Guid?>(
            "SELECT id FROM catalogue.matters WHERE region_code = @regionCode AND code = @code FOR UPDATE",
            new { regionCode, code }, tx);

    public static async Task<Guid> InsertMatterAsync(NpgsqlTransaction tx, string regionCode, string code, DateTimeOffset now)
    {
        var id = Ids.New();
        await tx.Connection!.ExecuteAsync(
            "INSERT INTO catalogue.matters (id, region_code, code, created_at) VALUES (@id, @regionCode, @code, @now)",
            new { id, regionCode, code, now = now.ToUniversalTime() }, tx);
        return id;
    }

    public static Task<VersionRow?> DraftAsync(NpgsqlTransaction tx, Guid matterId) =>
        tx.Connection!.QuerySingleOrDefaultAsync<VersionRow?>(
            $"SELECT {VersionRow.Columns} FROM catalogue.matter_versions v WHERE v.matter_id = @matterId AND v.state = 'Draft'",
            new { matterId }, tx);

    public static Task<VersionRow?> LatestPublishedAsync(NpgsqlTransaction tx, Guid matterId) =>
        tx.Connection!.QuerySingleOrDefaultAsync<VersionRow?>(
            $"""
            SELECT {VersionRow.Columns} FROM catalogue.matter_versions v
            WHERE v.matter_id = @matterId AND v.state = 'Published' ORDER BY v.number DESC LIMIT 1
            """, new { matterId }, tx);

    public static async Task<Guid> InsertDraftAsync(NpgsqlTransaction tx, Guid matterId, string regionCode, MatterDefinition matter,
        string actor, DateTimeOffset now)
    {
        var id = Ids.New();
        await tx.Connection!.ExecuteAsync(
            """
            INSERT INTO catalogue.matter_versions
                (id, matter_id, region_code, code, number, state, name, department, type, online_depth, definition, updated_at, updated_by)
            VALUES (@id, @matterId, @regionCode, @Code, 
                    (SELECT coalesce(max(number), 0) + 1 FROM catalogue.matter_versions WHERE matter_id = @matterId),
                    'Draft', @Name, @Department, @type, @onlineDepth, @definition::jsonb, @now, @actor)
            """,
            new
            {
                id, matterId, regionCode, matter.Code, matter.Name, matter.Department, type = matter.Type.ToString(),
                onlineDepth = matter.OnlineDepth.ToString(), definition = CatalogueJson.Write(matter), now = now.ToUniversalTime(), actor,
            }, tx);
        return id;
    }

    public static Task UpdateDraftAsync(NpgsqlTransaction tx, Guid versionId, MatterDefinition matter, string actor, DateTimeOffset now) =>
        tx.Connection!.ExecuteAsync(
            """
            UPDATE catalogue.matter_versions
            SET name = @Name, department = @Department, type = @type, online_depth = @onlineDepth,
                definition = @definition::jsonb, updated_at = @now, updated_by = @actor
            WHERE id = @versionId AND state = 'Draft'
            """,
            new
            {
                versionId, matter.Name, matter.Department, type = matter.Type.ToString(), onlineDepth = matter.OnlineDepth.ToString(),
                definition = CatalogueJson.Write(matter), now = now.ToUniversalTime(), actor,
            }, tx);

    public static Task PublishAsync(NpgsqlTransaction tx, Guid versionId, DateTimeOffset validFrom, DateTimeOffset? validTo,
        string actor, DateTimeOffset now) =>
        tx.Connection!.ExecuteAsync(
            """
            UPDATE catalogue.matter_versions
            SET state = 'Published', valid_from = @validFrom, valid_to = @validTo, published_at = @now, published_by = @actor,
                updated_at = @now, updated_by = @actor
            WHERE id = @versionId AND state = 'Draft'
            """,
            new { versionId, validFrom = validFrom.ToUniversalTime(), validTo = validTo?.ToUniversalTime(), now = now.ToUniversalTime(), actor },
            tx);

    /// <summary>Ends the validity of the published versions still open at <paramref name="end"/>: the only change a published version gets.</summary>
    public static Task CloseValidityAsync(NpgsqlTransaction tx, Guid matterId, DateTimeOffset end) =>
        tx.Connection!.ExecuteAsync(
            """
            UPDATE catalogue.matter_versions SET valid_to = @end
            WHERE matter_id = @matterId AND state = 'Published' AND valid_from < @end AND (valid_to IS NULL OR valid_to > @end)
            """, new { matterId, end = end.ToUniversalTime() }, tx);
}

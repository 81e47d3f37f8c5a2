using Dapper;
using Npgsql;
using Platform.Bundles.Contracts;
using Platform.Kernel;

namespace Platform.Bundles.Definitions;

/// <summary>SQL over <c>bundles.bundle_versions</c>.</summary>
internal static class BundleStore
{
    public static Task<BundleVersionRow?> InForceAsync(NpgsqlConnection connection, string regionCode, string code, DateTimeOffset at) =>
        connection.QuerySingleOrDefaultAsync<BundleVersionRow>(
            $"""
             SELECT {BundleVersionRow.Columns} FROM bundles.bundle_versions
             WHERE region_code = @regionCode AND code = @code AND state = 'Published'
               AND valid_from <= @at AND (valid_to IS NULL OR valid_to > @at)
             ORDER BY valid_from DESC LIMIT 1
             """, new { regionCode, code, at = at.ToUniversalTime() });

    public static Task<BundleVersionRow?> ByIdAsync(NpgsqlConnection connection, Guid id) =>
        connection.QuerySingleOrDefaultAsync<BundleVersionRow>(
            $"SELECT {BundleVersionRow.Columns} FROM bundles.bundle_versions WHERE id = @id", new { id });

    public static async Task<IReadOnlyList<BundleVersionRow>> HistoryAsync(NpgsqlConnection connection, string regionCode, string code) =>
        (await connection.QueryAsync<BundleVersionRow>(
            $"SELECT {BundleVersionRow.Columns} FROM bundles.bundle_versions WHERE region_code = @regionCode AND code = @code ORDER BY number DESC",
            new { regionCode, code })).ToList();

    /// <summary>Serialises writers on one bundle: a transaction-scoped advisory lock on its region and code.</summary>
    public static Task LockAsync(NpgsqlTransaction tx, string regionCode, string code) =>
        tx.Connection!.ExecuteAsync("SELECT pg_advisory_xact_lock(hashtext('bundle:' || @regionCode || ':' || @code))", new { regionCode, code }, tx);

    public static Task<BundleVersionRow?> DraftAsync(NpgsqlTransaction tx, string regionCode, string code) =>
        tx.Connection!.QuerySingleOrDefaultAsync<BundleVersionRow>(
            $"SELECT {BundleVersionRow.Columns} FROM bundles.bundle_versions WHERE region_code = @regionCode AND code = @code AND state = 'Draft'",
            new { regionCode, code }, tx);

    public static Task<BundleVersionRow?> LatestPublishedAsync(NpgsqlTransaction tx, string regionCode, string code) =>
        tx.Connection!.QuerySingleOrDefaultAsync<BundleVersionRow>(
            $"""
             SELECT {BundleVersionRow.Columns} FROM bundles.bundle_versions
             WHERE region_code = @regionCode AND code = @code AND state = 'Published' ORDER BY number DESC LIMIT 1
             """, new { regionCode, code }, tx);

    public static async Task<Guid> SaveDraftAsync(NpgsqlTransaction tx, string regionCode, BundleDefinition definition, string actor, DateTimeOffset now)
    {
        var json = BundleJson.Write(definition);
        var updated = await tx.Connection!.ExecuteScalarAsync<Guid?>(
            """
            UPDATE bundles.bundle_versions SET definition = @json::jsonb, name = @Name, updated_at = @now, updated_by = @actor
            WHERE region_code = @regionCode AND code = @Code AND state = 'Draft' RETURNING id
            """, new { json, definition.Name, definition.Code, regionCode, actor, now = now.ToUniversalTime() }, tx);
        if (updated is { } id) return id;
        id = Ids.New();
        await tx.Connection!.ExecuteAsync(
            """
            INSERT INTO bundles.bundle_versions (id, region_code, code, number, state, name, definition, updated_at, updated_by)
            SELECT @id, @regionCode, @Code, coalesce(max(number), 0) + 1, 'Draft', @Name, @json::jsonb, @now, @actor
            FROM bundles.bundle_versions WHERE region_code = @regionCode AND code = @Code
            """, new { id, regionCode, definition.Code, definition.Name, json, actor, now = now.ToUniversalTime() }, tx);
        return id;
    }

    public static async Task PublishAsync(NpgsqlTransaction tx, BundleVersionRow draft, DateTimeOffset validFrom, string actor, DateTimeOffset now)
    {
        await tx.Connection!.ExecuteAsync(
            """
            UPDATE bundles.bundle_versions SET valid_to = @validFrom
            WHERE region_code = @RegionCode AND code = @Code AND state = 'Published' AND (valid_to IS NULL OR valid_to > @validFrom)
            """, new { draft.RegionCode, draft.Code, validFrom = validFrom.ToUniversalTime() }, tx);
        await tx.Connection!.ExecuteAsync(
            """
            UPDATE bundles.bundle_versions SET state = 'Published', valid_from = @validFrom, published_at = @now, published_by = @actor,
                   updated_at = @now, updated_by = @actor
            WHERE id = @Id
            """, new { draft.Id, validFrom = validFrom.ToUniversalTime(), now = now.ToUniversalTime(), actor }, tx);
    }
}

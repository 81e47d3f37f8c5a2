using System.Text.Json;
using Dapper;
using Npgsql;
using Platform.Catalogue.Contracts;
using Platform.Identity.Contracts;
using Platform.Kernel;
using Platform.Kernel.Database;
using Platform.Kernel.Time;

namespace Platform.Plugins.Yandu.NoFace;

/// <summary>
/// The region's published 不见面审批清单. Publishing reads the catalogue's published matters page by page and
/// freezes the qualifying ones as the list the public sees, until the next publication.
/// </summary>
internal sealed class NoFaceList(ICatalogue catalogue, IOrganisationDirectory directory, ITransactionRunner transactions, NpgsqlDataSource dataSource,
    IClock clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<int> PublishAsync(string regionCode, string publishedBy, CancellationToken cancellationToken)
    {
        var units = (await directory.UnitsAsync(regionCode, cancellationToken)).ToDictionary(u => u.Code, u => u.Name);
        var entries = new List<NoFaceEntry>();
        var (matters, online) = (0, 0);
        for (var page = 1; ; page++)
        {
            var found = await catalogue.SearchPublishedAsync(regionCode, new MatterQuery(Page: page, PageSize: MatterQuery.MaxPageSize), cancellationToken);
            foreach (var summary in found.Items)
            {
                if (await catalogue.VersionAsync(summary.VersionId, cancellationToken) is not { } version) continue;
                matters++;
                if (OnlineRates.CanBeDoneOnline(version.Definition)) online++;
                if (!NoFaceEntries.Qualifies(version.Definition)) continue;
                entries.Add(NoFaceEntries.From(version.Definition, units.GetValueOrDefault(version.Definition.Department, version.Definition.Department)));
            }

            if (page * MatterQuery.MaxPageSize >= found.Total || found.Items.Count == 0) break;
        }

        return await transactions.RunAsync(async tx =>
        {
            var listId = Ids.New();
            await tx.Connection!.ExecuteAsync(
                """
                INSERT INTO yandu.no_face_lists (id, region_code, published_at, published_by, entries, matters_total, matters_online)
                VALUES (@listId, @regionCode, @at, @publishedBy, @count, @matters, @online)
                """,
                new { listId, regionCode, at = clock.Now.ToUniversalTime(), publishedBy, count = entries.Count, matters, online }, tx);
            var ordinal = 0;
            foreach (var entry in entries.OrderBy(e => e.DepartmentCode, StringComparer.Ordinal).ThenBy(e => e.MatterCode, StringComparer.Ordinal))
                await tx.Connection!.ExecuteAsync(
                    """
                    INSERT INTO yandu.no_face_entries (list_id, ordinal, matter_code, name, department, online_depth, zero_visit, definition)
                    VALUES (@listId, @ordinal, @MatterCode, @Name, @DepartmentCode, @depth, @zeroVisit, @definition::jsonb)
                    """,
                    new
                    {
                        listId, ordinal = ++ordinal, entry.MatterCode, entry.Name, entry.DepartmentCode, depth = entry.Online.Depth,
                        zeroVisit = entry.Online.ZeroVisit, definition = JsonSerializer.Serialize(entry, Json),
                    }, tx);
            return entries.Count;
        }, cancellationToken);
    }

    /// <summary>The latest published list, searched by name or code and paged (at most 100).</summary>
    public async Task<NoFacePage> PageAsync(string regionCode, string? text, int page, int pageSize, CancellationToken cancellationToken)
    {
        page = Math.Max(page, 1);
        pageSize = Math.Clamp(pageSize, 1, 100);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var list = await connection.QuerySingleOrDefaultAsync<ListRow>(
            "SELECT id, published_at FROM yandu.no_face_lists WHERE region_code = @regionCode ORDER BY published_at DESC LIMIT 1", new { regionCode });
        if (list is null) return new NoFacePage(null, [], 0, page, pageSize);
        var filter = new { listId = list.Id, text = string.IsNullOrWhiteSpace(text) ? null : $"%{text.Trim()}%", offset = Pages.Offset(page, pageSize), pageSize };
        const string Where = "list_id = @listId AND (@text::text IS NULL OR name ILIKE @text OR matter_code ILIKE @text)";
        var total = await connection.ExecuteScalarAsync<int>($"SELECT count(*) FROM yandu.no_face_entries WHERE {Where}", filter);
        var items = (await connection.QueryAsync<string>(
                $"SELECT definition::text FROM yandu.no_face_entries WHERE {Where} ORDER BY ordinal OFFSET @offset LIMIT @pageSize", filter))
            .Select(d => JsonSerializer.Deserialize<NoFaceEntry>(d, Json)!).ToList();
        return new NoFacePage(new DateTimeOffset(DateTime.SpecifyKind(list.PublishedAt, DateTimeKind.Utc)), items, total, page, pageSize);
    }

    public async Task<NoFaceEntry?> EntryAsync(string regionCode, string matterCode, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var json = await connection.ExecuteScalarAsync<string?>(
            """
            SELECT e.definition::text FROM yandu.no_face_entries e
            WHERE e.matter_code = @matterCode AND e.list_id = (SELECT id FROM yandu.no_face_lists WHERE region_code = @regionCode
                                                              ORDER BY published_at DESC LIMIT 1)
            """, new { regionCode, matterCode });
        return json is null ? null : JsonSerializer.Deserialize<NoFaceEntry>(json, Json);
    }

    public async Task<bool> PublishedAsync(string regionCode, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM yandu.no_face_lists WHERE region_code = @regionCode)", new { regionCode });
    }

    private sealed record ListRow(Guid Id, DateTime PublishedAt);
}

/// <summary>A page of the published list and when it was published (null: never).</summary>
internal sealed record NoFacePage(DateTimeOffset? PublishedAt, IReadOnlyList<NoFaceEntry> Items, int Total, int Page, int PageSize);

using Dapper;
using Npgsql;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;
using Platform.Supervision.Contracts;

namespace Platform.Supervision.Notifications;

/// <summary>Reads a unit's inbox (or the region supervisors' messages, unit null) and marks messages read.</summary>
internal sealed class Inbox(NpgsqlDataSource dataSource, IClock clock)
{
    public async Task<Paged<InboxItem>> ListAsync(string regionCode, string? unitCode, bool unreadOnly, int page, int size,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        const string where = "region_code = @regionCode AND unit_code IS NOT DISTINCT FROM @unitCode AND (NOT @unreadOnly OR read_at IS NULL)";
        var args = new { regionCode, unitCode, unreadOnly, size, offset = (page - 1) * size };
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT count(*) FROM supervision.inbox_messages WHERE {where}", args, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"""
             SELECT id, kind, title, body, link, created_at, read_at FROM supervision.inbox_messages
             WHERE {where} ORDER BY created_at DESC, id DESC LIMIT @size OFFSET @offset
             """, args, cancellationToken: cancellationToken));
        return new Paged<InboxItem>(rows.Select(r => new InboxItem(r.Id, r.Kind, r.Title, r.Body, r.Link, Utc(r.CreatedAt),
            r.ReadAt is { } read ? Utc(read) : null)).ToList(), page, size, total);
    }

    public async Task MarkReadAsync(Guid id, string regionCode, string? unitCode, string readBy, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE supervision.inbox_messages SET read_at = coalesce(read_at, @now), read_by = coalesce(read_by, @readBy)
            WHERE id = @id AND region_code = @regionCode AND unit_code IS NOT DISTINCT FROM @unitCode
            """, new { id, regionCode, unitCode, readBy, now = clock.Now.UtcDateTime }, cancellationToken: cancellationToken));
        if (changed == 0) throw PlatformProblem.NotFound("supervision.inbox.not_found", "该消息不存在。");
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private sealed record Row(Guid Id, string Kind, string Title, string Body, string? Link, DateTime CreatedAt, DateTime? ReadAt);
}

using Dapper;
using Npgsql;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;
using Platform.Supervision.Contracts;

namespace Platform.Supervision.Notifications;

/// <summary>
/// Reads inboxes and marks messages read: a unit's (or, unit null, the region supervisors'), and an applicant's own
/// notices. Every query names its owner, so nobody reads or marks another's messages.
/// </summary>
internal sealed class Inbox(NpgsqlDataSource dataSource, IClock clock)
{
    private const string UnitOwner = "region_code = @regionCode AND unit_code IS NOT DISTINCT FROM @unitCode AND applicant_id IS NULL";
    private const string ApplicantOwner = "applicant_id = @applicantId";

    public Task<Paged<InboxItem>> ListAsync(string regionCode, string? unitCode, bool unreadOnly, int page, int size,
        CancellationToken cancellationToken) =>
        PageAsync(UnitOwner, new { regionCode, unitCode, unreadOnly, size, offset = Pages.Offset(page, size) }, page, size, cancellationToken);

    public Task<Paged<InboxItem>> ApplicantListAsync(string applicantId, bool unreadOnly, int page, int size, CancellationToken cancellationToken) =>
        PageAsync(ApplicantOwner, new { applicantId, unreadOnly, size, offset = Pages.Offset(page, size) }, page, size, cancellationToken);

    public Task MarkReadAsync(Guid id, string regionCode, string? unitCode, string readBy, CancellationToken cancellationToken) =>
        MarkAsync(UnitOwner, new { id, regionCode, unitCode, readBy, now = clock.Now.UtcDateTime }, cancellationToken);

    public Task MarkApplicantReadAsync(Guid id, string applicantId, CancellationToken cancellationToken) =>
        MarkAsync(ApplicantOwner, new { id, applicantId, readBy = applicantId, now = clock.Now.UtcDateTime }, cancellationToken);

    private async Task<Paged<InboxItem>> PageAsync(string owner, object args, int page, int size, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var where = $"{owner} AND (NOT @unreadOnly OR read_at IS NULL)";
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

    private async Task MarkAsync(string owner, object args, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            $"""
             UPDATE supervision.inbox_messages SET read_at = coalesce(read_at, @now), read_by = coalesce(read_by, @readBy)
             WHERE id = @id AND {owner}
             """, args, cancellationToken: cancellationToken));
        if (changed == 0) throw PlatformProblem.NotFound("supervision.inbox.not_found", "该消息不存在。");
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private sealed record Row(Guid Id, string Kind, string Title, string Body, string? Link, DateTime CreatedAt, DateTime? ReadAt);
}

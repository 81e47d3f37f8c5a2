using Dapper;
using Npgsql;
using Platform.Kernel;
using Platform.Kernel.Time;

namespace Platform.Supervision.Notices;

/// <summary>
/// Writes a case notice's inbox message and its outbound rows inside the step's transaction (the outbox): the
/// dispatcher sends them after commit. The keys make a second write of the same step's notice a no-op.
/// </summary>
internal sealed class CaseNoticeWriter(IClock clock)
{
    public async Task WriteAsync(NpgsqlTransaction transaction, CaseNotice notice, CancellationToken cancellationToken)
    {
        var now = clock.Now.UtcDateTime;
        // One statement: the inbox message, and its outbound texts only when the message is new.
        await transaction.Connection!.ExecuteAsync(new CommandDefinition(
            notice.Outbound.Count == 0 ? InboxSql : $"WITH inbox AS ({InboxSql} RETURNING id) {OutboundSql}",
            new
            {
                id = Ids.New(), notice.RegionCode, notice.UnitCode, notice.ApplicantId, notice.Kind, notice.CaseId, notice.Title, notice.Body,
                notice.Link, now, notice.Key,
                channels = notice.Outbound.Select(o => o.Channel).ToArray(), addresses = notice.Outbound.Select(o => o.Address).ToArray(),
                texts = notice.Outbound.Select(o => o.Text).ToArray(),
            }, transaction, cancellationToken: cancellationToken));
    }

    private const string InboxSql =
        """
        INSERT INTO supervision.inbox_messages (id, region_code, unit_code, applicant_id, kind, source_id, title, body, link, created_at, dedup_key)
        VALUES (@id, @RegionCode, @UnitCode, @ApplicantId, @Kind, @CaseId, @Title, @Body, @Link, @now, @Key)
        ON CONFLICT (dedup_key) WHERE dedup_key IS NOT NULL DO NOTHING
        """;

    private const string OutboundSql =
        """
        INSERT INTO supervision.outbound_notifications (id, inbox_message_id, region_code, unit_code, channel, address, text, created_at, dedup_key)
        SELECT gen_random_uuid(), inbox.id, @RegionCode, @UnitCode, o.channel, o.address, o.text, @now, @Key || ':' || o.channel
        FROM inbox, unnest(@channels, @addresses, @texts) AS o(channel, address, text)
        ON CONFLICT (dedup_key) WHERE dedup_key IS NOT NULL DO NOTHING
        """;
}

using Npgsql;
using Platform.Kernel;
using Platform.Kernel.Time;
using Platform.Kernel.Database;

namespace Platform.Supervision.Notices;

/// <summary>
/// Writes a case notice's inbox message and its outbound rows inside the step's transaction (the outbox): the
/// dispatcher sends them after commit. The keys make a second write of the same step's notice a no-op.
/// </summary>
internal sealed class CaseNoticeWriter(IClock clock)
{
    /// <summary>One statement: the inbox message, and its outbound texts only when the message is new.</summary>
    public NpgsqlBatchCommand Command(CaseNotice notice)
    {
        SqlValue[] inbox =
        [
            Ids.New(), notice.RegionCode, notice.UnitCode, notice.ApplicantId, notice.Kind, notice.CaseId, notice.Title, notice.Body, notice.Link,
            clock.Now.ToUniversalTime(), notice.Key,
        ];
        return notice.Outbound.Count == 0
            ? BatchCommand.Of(InboxSql, inbox)
            : BatchCommand.Of($"WITH inbox AS ({InboxSql} RETURNING id) {OutboundSql}",
            [
                .. inbox, notice.Outbound.Select(o => o.Channel).ToArray(), notice.Outbound.Select(o => o.Address).ToArray(),
                notice.Outbound.Select(o => o.Text).ToArray(),
            ]);
    }

    private const string InboxSql =
        """
        INSERT INTO supervision.inbox_messages (id, region_code, unit_code, applicant_id, kind, source_id, title, body, link, created_at, dedup_key)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::timestamptz, $11)
        ON CONFLICT (dedup_key) WHERE dedup_key IS NOT NULL DO NOTHING
        """;

    private const string OutboundSql =
        """
        INSERT INTO supervision.outbound_notifications (id, inbox_message_id, region_code, unit_code, channel, address, text, created_at, dedup_key)
        SELECT gen_random_uuid(), inbox.id, $2, $3, o.channel, o.address, o.text, $10::timestamptz, $11 || ':' || o.channel
        FROM inbox, unnest($12::text[], $13::text[], $14::text[]) AS o(channel, address, text)
        ON CONFLICT (dedup_key) WHERE dedup_key IS NOT NULL DO NOTHING
        """;
}

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
        var inboxId = await transaction.Connection!.ExecuteScalarAsync<Guid?>(new CommandDefinition(
            """
            INSERT INTO supervision.inbox_messages (id, region_code, unit_code, applicant_id, kind, source_id, title, body, link, created_at, dedup_key)
            VALUES (@id, @RegionCode, @UnitCode, @ApplicantId, @Kind, @CaseId, @Title, @Body, @Link, @now, @Key)
            ON CONFLICT (dedup_key) WHERE dedup_key IS NOT NULL DO NOTHING
            RETURNING id
            """,
            new { id = Ids.New(), notice.RegionCode, notice.UnitCode, notice.ApplicantId, notice.Kind, notice.CaseId, notice.Title, notice.Body,
                notice.Link, now, notice.Key }, transaction, cancellationToken: cancellationToken));
        if (inboxId is null || notice.Outbound.Count == 0) return;

        await transaction.Connection!.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO supervision.outbound_notifications (id, inbox_message_id, region_code, unit_code, channel, address, text, created_at, dedup_key)
            SELECT gen_random_uuid(), @inboxId, @RegionCode, @UnitCode, channel, address, text, @now, @Key || ':' || channel
            FROM unnest(@channels, @addresses, @texts) AS o(channel, address, text)
            ON CONFLICT (dedup_key) WHERE dedup_key IS NOT NULL DO NOTHING
            """,
            new
            {
                inboxId, notice.RegionCode, notice.UnitCode, now, notice.Key,
                channels = notice.Outbound.Select(o => o.Channel).ToArray(), addresses = notice.Outbound.Select(o => o.Address).ToArray(),
                texts = notice.Outbound.Select(o => o.Text).ToArray(),
            }, transaction, cancellationToken: cancellationToken));
    }
}

using Dapper;
using Npgsql;
using Platform.Kernel;
using Platform.Kernel.Time;

namespace Platform.Supervision.Notifications;

/// <summary>Writes inbox messages and their outbound notifications inside the caller's transaction.</summary>
internal sealed class InboxWriter(IClock clock, SupervisionOptions options)
{
    public async Task WriteAsync(NpgsqlTransaction transaction, IReadOnlyList<InboxMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0) return;
        var ids = messages.Select(_ => Ids.New()).ToArray();
        var now = clock.Now.UtcDateTime;
        await transaction.Connection!.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO supervision.inbox_messages (id, region_code, unit_code, kind, source_id, title, body, link, created_at)
            SELECT id, region_code, unit_code, kind, source_id, title, body, link, @now
            FROM unnest(@ids, @regions, @units, @kinds, @sources, @titles, @bodies, @links)
                AS m(id, region_code, unit_code, kind, source_id, title, body, link);
            INSERT INTO supervision.outbound_notifications (id, inbox_message_id, region_code, unit_code, channel, text, created_at)
            SELECT gen_random_uuid(), id, region_code, unit_code, @channel, title || '：' || body, @now
            FROM unnest(@ids, @regions, @units, @titles, @bodies) AS m(id, region_code, unit_code, title, body);
            """,
            new
            {
                ids, regions = messages.Select(m => m.RegionCode).ToArray(), units = messages.Select(m => m.UnitCode).ToArray(),
                kinds = messages.Select(m => m.Kind).ToArray(), sources = messages.Select(m => m.SourceId).ToArray(),
                titles = messages.Select(m => m.Title).ToArray(), bodies = messages.Select(m => m.Body).ToArray(),
                links = messages.Select(m => m.Link).ToArray(), now, channel = options.OutboundChannel,
            }, transaction, cancellationToken: cancellationToken));
    }
}

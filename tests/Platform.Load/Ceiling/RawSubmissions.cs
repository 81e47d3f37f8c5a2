using System.Diagnostics;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Platform.Kernel.Audit;
using Platform.Load.Driver;
using Platform.Load.Reporting;

namespace Platform.Load.Ceiling;

/// <summary>
/// The database's ceiling for a submission: the rows one case submission writes (idempotency check and key, the
/// region's case number, the case, its materials, its timeline entry, the audit record with its hash chain,
/// supervision's case facts and daily counts, and for an online submission the handling unit's inbox message and its
/// outbound text), written straight through Npgsql in one transaction with as few round trips as the data dependencies
/// allow. Online and window submissions come in the proportion the HTTP load sends them (each applicant and the clerk
/// equally often). No HTTP, no authentication, no JSON, no platform code.
/// </summary>
internal sealed class RawSubmissions(NpgsqlDataSource dataSource, IReadOnlyList<RegionDesk> desks)
{
    public const string Operation = "raw-submit";

    public async Task<TimeSpan> RunAsync(int concurrency, TimeSpan duration, int maxUnits, Latencies latencies) =>
        await Phase.ClosedLoopAsync(concurrency, duration, maxUnits, async worker =>
        {
            var started = Stopwatch.GetTimestamp();
            var desk = desks[worker % desks.Count];
            await SubmitAsync(desk, $"raw-worker-{worker}", online: Random.Shared.Next(desk.Applicants.Count + 1) < desk.Applicants.Count);
            latencies.Record(Operation, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        });

    /// <summary>One submission's writes: an applicant's online one, or a window clerk's.</summary>
    public async Task SubmitAsync(RegionDesk desk, string actor, bool online)
    {
        var now = DateTimeOffset.UtcNow;
        var caseId = Guid.NewGuid();
        var channel = online ? "online" : "window";
        var key = Guid.NewGuid().ToString("N");
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();

        // Round trip 1: the idempotency check and the region's next case number.
        await using var first = new NpgsqlBatch(connection, transaction);
        first.BatchCommands.Add(Command("SELECT case_id, request_hash FROM cases.idempotency_keys WHERE actor_id = $1 AND key = $2", actor, key));
        first.BatchCommands.Add(Command(
            """
            INSERT INTO cases.case_numbers (region_code, year, last_number) VALUES ($1, $2, 1)
            ON CONFLICT (region_code, year) DO UPDATE SET last_number = case_numbers.last_number + 1 RETURNING last_number
            """, desk.RegionCode, now.Year));
        int sequence;
        await using (var reader = await first.ExecuteReaderAsync())
        {
            await reader.NextResultAsync();
            await reader.ReadAsync();
            sequence = reader.GetInt32(0);
        }

        var number = $"{desk.RegionCode}-{now.Year}-{sequence:D6}";
        var record = JsonSerializer.Serialize(new { channel, matterVersionId = desk.MatterVersionId, handlingUnit = desk.HandlingUnitCode });

        // Round trip 2: the case, its materials, the key, the timeline, supervision's rows and the audit record.
        await using var second = new NpgsqlBatch(connection, transaction);
        second.BatchCommands.Add(Command(
            """
            INSERT INTO cases.cases (id, number, query_code, region_code, matter_code, matter_version_id, matter_name, handling_unit_code,
                applicant_id, applicant_name, applicant_kind, channel, state, version, form, submitted_at)
            VALUES ($1, $2, 'RAWCEIL1', $3, $4, $5, $6, $7, $8, '压力测试有限公司', 'enterprise', $11, 'Submitted', 1, $9::jsonb, $10)
            """, caseId, number, desk.RegionCode, desk.MatterCode, desk.MatterVersionId, desk.MatterName, desk.HandlingUnitCode,
            $"91{desk.RegionCode}MA0RAW", """{"项目名称":"压力测试项目","说明":"平台性能测量"}""", now, channel));
        var materials = desk.AllMaterials;
        second.BatchCommands.Add(Command(
            """
            INSERT INTO cases.case_materials (case_id, material_code, name, required, core, status)
            SELECT $1, code, name, required, core, CASE WHEN required THEN 'Provided' ELSE 'Missing' END
            FROM unnest($2::text[], $3::text[], $4::boolean[], $5::boolean[]) AS m (code, name, required, core)
            """, caseId, materials.Select(m => m.Code).ToArray(), materials.Select(m => m.Name).ToArray(),
            materials.Select(m => m.Required).ToArray(), materials.Select(m => m.Core).ToArray()));
        second.BatchCommands.Add(Command(
            "INSERT INTO cases.idempotency_keys (actor_id, key, request_hash, case_id, created_at) VALUES ($1, $2, $3, $4, $5)",
            actor, key, Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()), caseId, now));
        second.BatchCommands.Add(Command(
            """
            INSERT INTO cases.case_events (case_id, sequence, occurred_at, actor_id, actor_name, unit_code, action, from_state, to_state, data)
            VALUES ($1, 1, $2, $3, '压测窗口', NULL, 'Submit', NULL, 'Submitted', $4::jsonb)
            """, caseId, now, actor, record));
        second.BatchCommands.Add(Command(
            """
            INSERT INTO supervision.case_facts (case_id, number, region_code, matter_code, unit_code, channel, state, submitted_at, updated_at)
            VALUES ($1, $2, $3, $4, $5, $7, 'Submitted', $6, $6)
            """, caseId, number, desk.RegionCode, desk.MatterCode, desk.HandlingUnitCode, now, channel));
        second.BatchCommands.Add(Command(
            """
            INSERT INTO supervision.daily_case_stats AS s (day, region_code, unit_code, matter_code, received, received_online, accepted, tolerant,
                commitment, completed, on_time, overdue, zero_visit, working_days, limit_days)
            VALUES ($1, $2, $3, $4, 1, $5, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            ON CONFLICT (region_code, day, unit_code, matter_code) DO UPDATE SET received = s.received + excluded.received,
                received_online = s.received_online + excluded.received_online
            """, DateOnly.FromDateTime(now.UtcDateTime.AddHours(8)), desk.RegionCode, desk.HandlingUnitCode, desk.MatterCode, online ? 1 : 0));
        if (online)
            second.BatchCommands.Add(Command(
                """
                WITH inbox AS (
                    INSERT INTO supervision.inbox_messages (id, region_code, unit_code, applicant_id, kind, source_id, title, body, link, created_at, dedup_key)
                    VALUES (gen_random_uuid(), $1, $2, NULL, 'submitted', $3, '新的网上申请', $4, $5, $6, $7)
                    ON CONFLICT (dedup_key) WHERE dedup_key IS NOT NULL DO NOTHING RETURNING id)
                INSERT INTO supervision.outbound_notifications (id, inbox_message_id, region_code, unit_code, channel, address, text, created_at, dedup_key)
                SELECT gen_random_uuid(), inbox.id, $1, $2, 'gov-im', NULL, $4, $6, $7 || ':gov-im' FROM inbox
                """, desk.RegionCode, desk.HandlingUnitCode, caseId, $"办件{number}（{desk.MatterName}）已在网上提交，请及时受理。", $"/cases/{caseId}",
                now, $"{caseId}:1:unit"));
        // The audit record chained to the region's head in the statement the platform uses; then commit.
        var occurredAt = AuditHash.Truncate(now);
        second.BatchCommands.Add(Command(AuditTrail.AppendSql, desk.RegionCode, occurredAt, AuditHash.Stamp(occurredAt), actor, "case.Submit", "case",
            number, JsonSerializer.Serialize(new { State = "Submitted", Version = 1, Record = record })));
        await second.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
            command.Parameters.Add(value is DateOnly day
                ? new NpgsqlParameter { Value = day, NpgsqlDbType = NpgsqlDbType.Date }
                : new NpgsqlParameter { Value = value });
        return command;
    }
}

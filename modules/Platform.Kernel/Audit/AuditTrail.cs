using System.Collections.Concurrent;
using System.Text.Json;
using Dapper;
using Npgsql;
using Platform.Kernel.Time;
using Platform.Kernel.Database;

namespace Platform.Kernel.Audit;

internal sealed class AuditTrail(NpgsqlDataSource dataSource, IClock clock) : IAuditTrail
{
    private readonly ConcurrentDictionary<string, bool> headsSeen = new();
    private const int VerifyPageSize = 5000;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<AuditReceipt> AppendAsync(NpgsqlTransaction transaction, AuditEntry entry, CancellationToken cancellationToken)
    {
        var append = await PrepareAsync(transaction, entry, cancellationToken);
        append.Command.CommandText += " RETURNING chained.sequence";
        await using var batch = new NpgsqlBatch(transaction.Connection, transaction) { BatchCommands = { append.Command } };
        var sequence = await batch.ExecuteScalarAsync(cancellationToken);
        return new AuditReceipt(entry.RegionCode, (long)sequence!, append.OccurredAt);
    }

    public async Task<AuditAppend> PrepareAsync(NpgsqlTransaction transaction, AuditEntry entry, CancellationToken cancellationToken)
    {
        await EnsureHeadAsync(transaction, entry.RegionCode, cancellationToken);
        var occurredAt = AuditHash.Truncate(clock.Now);
        var command = BatchCommand.Of(AppendSql, entry.RegionCode, occurredAt, AuditHash.Stamp(occurredAt), entry.Actor, entry.Action,
            entry.SubjectType, entry.SubjectId, JsonSerializer.Serialize(entry.Data, Json));
        return new AuditAppend(command, occurredAt);
    }

    /// <summary>
    /// A region's chain head is created by its first record and never removed. Once this process has seen a committed head
    /// (the insert finds it there), it no longer asks; a head this transaction creates is asked for again until it commits.
    /// </summary>
    private async Task EnsureHeadAsync(NpgsqlTransaction transaction, string regionCode, CancellationToken cancellationToken)
    {
        if (headsSeen.ContainsKey(regionCode)) return;
        var created = await transaction.Connection!.ExecuteAsync(new CommandDefinition(
            "INSERT INTO platform.audit_heads (region_code, last_sequence, last_hash) VALUES (@regionCode, 0, @Genesis) ON CONFLICT DO NOTHING",
            new { regionCode, AuditHash.Genesis }, transaction, cancellationToken: cancellationToken));
        if (created == 0) headsSeen.TryAdd(regionCode, true);
    }

    /// <summary>
    /// Appends in one statement; the hash follows <see cref="AuditHash.Compute"/> exactly, as the verifier recomputes it. It returns
    /// no rows, so it can sit in a batch before reads whose results the caller maps in order. Without the region's head the
    /// record's sequence is NULL and the statement fails (NOT NULL): no batch commits a change without its record.
    /// </summary>
    internal const string AppendSql =
        $"""
         WITH head AS (
             SELECT last_sequence + 1 AS sequence, last_hash FROM platform.audit_heads WHERE region_code = $1 FOR UPDATE),
         chained AS (
             SELECT sequence, last_hash, {AuditHash.SqlExpression} AS hash FROM head),
         recorded AS (
             INSERT INTO platform.audit_records
                 (region_code, sequence, occurred_at, actor, action, subject_type, subject_id, data, previous_hash, hash)
             VALUES ($1, (SELECT sequence FROM chained), $2, $4, $5, $6, $7, $8, (SELECT last_hash FROM chained), (SELECT hash FROM chained)))
         UPDATE platform.audit_heads h SET last_sequence = chained.sequence, last_hash = chained.hash
         FROM chained WHERE h.region_code = $1
         """;

    public async Task<AuditVerification> VerifyAsync(string regionCode, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var previous = AuditHash.Genesis;
        long expected = 1, checkedCount = 0;
        while (true)
        {
            var page = (await connection.QueryAsync<StoredRecord>(
                """
                SELECT sequence, occurred_at AS OccurredAt, actor, action, subject_type AS SubjectType,
                       subject_id AS SubjectId, data, previous_hash AS PreviousHash, hash
                FROM platform.audit_records
                WHERE region_code = @regionCode AND sequence >= @expected
                ORDER BY sequence LIMIT @VerifyPageSize
                """, new { regionCode, expected, VerifyPageSize })).ToList();
            foreach (var record in page)
            {
                if (record.Sequence != expected)
                    return new AuditVerification(regionCode, checkedCount, expected, $"记录 {expected} 缺失");
                if (!record.PreviousHash.AsSpan().SequenceEqual(previous))
                    return new AuditVerification(regionCode, checkedCount, record.Sequence, "前序哈希不一致");
                var occurredAt = new DateTimeOffset(DateTime.SpecifyKind(record.OccurredAt, DateTimeKind.Utc));
                var hash = AuditHash.Compute(previous, regionCode, record.Sequence, occurredAt,
                    record.Actor, record.Action, record.SubjectType, record.SubjectId, record.Data);
                if (!hash.AsSpan().SequenceEqual(record.Hash))
                    return new AuditVerification(regionCode, checkedCount, record.Sequence, "记录内容与哈希不符");
                previous = record.Hash;
                expected++;
                checkedCount++;
            }

            if (page.Count < VerifyPageSize) break;
        }

        var head = await connection.QuerySingleOrDefaultAsync<ChainHead>(
            "SELECT last_sequence AS LastSequence, last_hash AS LastHash FROM platform.audit_heads WHERE region_code = @regionCode",
            new { regionCode });
        if (head is not null && (head.LastSequence != checkedCount || !head.LastHash.AsSpan().SequenceEqual(previous)))
            return new AuditVerification(regionCode, checkedCount, checkedCount + 1, "链尾记录缺失");
        return new AuditVerification(regionCode, checkedCount, null, null);
    }

    public async Task<IReadOnlyList<string>> RegionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<string>("SELECT region_code FROM platform.audit_heads ORDER BY region_code")).ToList();
    }

    private sealed record ChainHead(long LastSequence, byte[] LastHash);

    private sealed record StoredRecord(long Sequence, DateTime OccurredAt, string Actor, string Action,
        string SubjectType, string SubjectId, string Data, byte[] PreviousHash, byte[] Hash);
}

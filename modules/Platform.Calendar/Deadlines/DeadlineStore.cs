using Npgsql;
using NpgsqlTypes;
using Platform.Calendar.Contracts;

namespace Platform.Calendar.Deadlines;

/// <summary>The SQL of <c>calendar.deadlines</c> and its pauses and extensions, always inside the caller's transaction.</summary>
internal static class DeadlineStore
{
    private const string RowColumns =
        "id, region_code, subject_type, subject_id, started_at, limit_amount, limit_unit, extension_working_days, suspended_since, closed_at";

    public static async Task InsertAsync(NpgsqlTransaction tx, Guid id, OpenDeadline deadline, DateOnly startDate,
        DeadlineAnswer due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO calendar.deadlines (id, region_code, subject_type, subject_id, started_at, start_date, limit_amount,
                limit_unit, due_date, due_at, provisional, opened_at, updated_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)
            """, tx.Connection, tx)
        {
            Parameters =
            {
                new() { Value = id }, new() { Value = deadline.RegionCode }, new() { Value = deadline.SubjectType },
                new() { Value = deadline.SubjectId }, new() { Value = deadline.StartedAt.ToUniversalTime() }, new() { Value = startDate },
                new() { Value = deadline.Limit.Amount }, new() { Value = TimeLimitUnits.ToColumn(deadline.Limit.Unit) },
                new() { Value = due.Due }, new() { Value = due.DueInstant.ToUniversalTime() }, new() { Value = due.Provisional },
                new() { Value = now.ToUniversalTime() },
            },
        };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<DeadlineRow?> LockAsync(NpgsqlTransaction tx, Guid id, CancellationToken cancellationToken)
    {
        var rows = await ReadRowsAsync(tx, $"SELECT {RowColumns} FROM calendar.deadlines WHERE id = $1 FOR UPDATE",
            [new NpgsqlParameter { Value = id }], cancellationToken);
        return rows.SingleOrDefault();
    }

    /// <summary>A page, by id, of the open deadlines whose counted range touches [from, to], locked for the recompute.</summary>
    public static Task<List<DeadlineRow>> OpenPageAsync(NpgsqlTransaction tx, DateOnly from, DateOnly to, string? regionCode,
        Guid after, int pageSize, CancellationToken cancellationToken) =>
        ReadRowsAsync(tx,
            $"""
             SELECT {RowColumns} FROM calendar.deadlines
             WHERE closed_at IS NULL AND start_date <= $1 AND due_date >= $2 AND ($3::text IS NULL OR region_code = $3) AND id > $4
             ORDER BY id LIMIT $5 FOR UPDATE
             """,
            [
                new NpgsqlParameter { Value = to }, new NpgsqlParameter { Value = from },
                new NpgsqlParameter { Value = (object?)regionCode ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text },
                new NpgsqlParameter { Value = after }, new NpgsqlParameter { Value = pageSize },
            ], cancellationToken);

    public static async Task<Dictionary<Guid, List<Suspension>>> SuspensionsAsync(NpgsqlTransaction tx, Guid[] ids, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT deadline_id, suspended_at, resumed_at FROM calendar.deadline_pauses WHERE deadline_id = ANY($1) ORDER BY suspended_at",
            tx.Connection, tx) { Parameters = { new() { Value = ids } } };
        var suspensions = new Dictionary<Guid, List<Suspension>>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetGuid(0);
            if (!suspensions.TryGetValue(id, out var list)) suspensions[id] = list = [];
            list.Add(new Suspension(reader.GetFieldValue<DateTimeOffset>(1),
                reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2)));
        }

        return suspensions;
    }

    public static Task ExecuteAsync(NpgsqlTransaction tx, string sql, CancellationToken cancellationToken, params object?[] values)
    {
        var command = new NpgsqlCommand(sql, tx.Connection, tx);
        foreach (var value in values)
            command.Parameters.Add(value switch
            {
                null => new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz },
                DateTimeOffset instant => new NpgsqlParameter { Value = instant.ToUniversalTime() },
                _ => new NpgsqlParameter { Value = value },
            });
        return ExecuteAndDisposeAsync(command, cancellationToken);
    }

    /// <summary>Writes new due dates for many deadlines in one statement.</summary>
    public static Task UpdateDuesAsync(NpgsqlTransaction tx, IReadOnlyList<(Guid Id, DeadlineAnswer Due)> dues, DateTimeOffset now,
        CancellationToken cancellationToken) =>
        ExecuteAsync(tx,
            """
            UPDATE calendar.deadlines AS d
            SET due_date = u.due_date, due_at = u.due_at, provisional = u.provisional, updated_at = $5
            FROM unnest($1::uuid[], $2::date[], $3::timestamptz[], $4::boolean[]) AS u(id, due_date, due_at, provisional)
            WHERE d.id = u.id
            """, cancellationToken,
            dues.Select(d => d.Id).ToArray(), dues.Select(d => d.Due.Due).ToArray(),
            dues.Select(d => d.Due.DueInstant.ToUniversalTime()).ToArray(), dues.Select(d => d.Due.Provisional).ToArray(), now);

    private static async Task ExecuteAndDisposeAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using (command) await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<List<DeadlineRow>> ReadRowsAsync(NpgsqlTransaction tx, string sql, NpgsqlParameter[] parameters,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, tx.Connection, tx);
        command.Parameters.AddRange(parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<DeadlineRow>();
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(new DeadlineRow(
                reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.GetFieldValue<DateTimeOffset>(4),
                new TimeLimit(reader.GetInt32(5), TimeLimitUnits.FromColumn(reader.GetString(6))),
                reader.GetInt32(7),
                reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTimeOffset>(8),
                reader.IsDBNull(9) ? null : reader.GetFieldValue<DateTimeOffset>(9)));
        return rows;
    }
}

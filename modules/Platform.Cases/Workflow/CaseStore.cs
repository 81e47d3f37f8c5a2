using Npgsql;
using Platform.Cases.Contracts;
using Platform.Kernel.Errors;
using Platform.Kernel.Database;

namespace Platform.Cases.Workflow;

/// <summary>Reads and writes the <c>cases.cases</c> row; every write happens inside a step's transaction.</summary>
internal sealed class CaseStore
{
    private const string Columns =
        """
        id, number, query_code, region_code, matter_code, matter_version_id, matter_name, handling_unit_code,
        applicant_id, applicant_name, applicant_kind, enterprise_code, channel, state, version, intake_route, form::text,
        submitted_at, accepted_at, decided_at, delivered_at, closed_at, deadline_id, due_date, due_at, due_provisional,
        decision::text, delivery::text, seal_reference, countersigning_unit_code, routing_reason, delivery_choice::text
        """;

    public async Task<CaseRow> LockAsync(NpgsqlTransaction transaction, Guid caseId, CancellationToken cancellationToken) =>
        await FindAsync(transaction.Connection!, transaction, $"SELECT {Columns} FROM cases.cases WHERE id = $1 FOR UPDATE", caseId, cancellationToken)
        ?? throw PlatformProblem.NotFound("case.not_found", "办件不存在。");

    public Task<CaseRow?> FindAsync(NpgsqlConnection connection, Guid caseId, CancellationToken cancellationToken) =>
        FindAsync(connection, null, $"SELECT {Columns} FROM cases.cases WHERE id = $1", caseId, cancellationToken);

    public Task<CaseRow?> FindByNumberAsync(NpgsqlConnection connection, string number, CancellationToken cancellationToken) =>
        FindAsync(connection, null, $"SELECT {Columns} FROM cases.cases WHERE number = $1", number, cancellationToken);

    /// <summary>Writes a new case; the caller sends it with the submission's other writes.</summary>
    public static NpgsqlBatchCommand InsertCommand(CaseRow row) =>
        BatchCommand.Of(
            """
            INSERT INTO cases.cases (id, number, query_code, region_code, matter_code, matter_version_id, matter_name,
                handling_unit_code, applicant_id, applicant_name, applicant_kind, enterprise_code, channel, state, version,
                intake_route, form, submitted_at, seal_reference, countersigning_unit_code, routing_reason, delivery_choice)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17::jsonb, $18, $19, $20, $21, $22::jsonb)
            """,
            row.Id, row.Number, row.QueryCode, row.RegionCode, row.MatterCode, row.MatterVersionId, row.MatterName,
            row.HandlingUnitCode, row.ApplicantId, row.ApplicantName, row.ApplicantKind, row.EnterpriseCode, row.Channel,
            row.State.ToString(), row.Version, row.IntakeRoute, row.Form, Utc(row.SubmittedAt), row.SealReference,
            row.CountersigningUnitCode, row.RoutingReason, row.DeliveryChoice);

    /// <summary>Writes the step's outcome; the version check already happened under the row lock.</summary>
    public static NpgsqlBatchCommand UpdateCommand(CaseRow row) =>
        BatchCommand.Of(
            """
            UPDATE cases.cases SET state = $2, version = $3, intake_route = $4, accepted_at = $5, decided_at = $6,
                delivered_at = $7, closed_at = $8, deadline_id = $9, due_date = $10, due_at = $11, due_provisional = $12,
                decision = $13::jsonb, delivery = $14::jsonb, handling_unit_code = $15, delivery_choice = $16::jsonb
            WHERE id = $1
            """,
            row.Id, row.State.ToString(), row.Version, row.IntakeRoute, Utc(row.AcceptedAt), Utc(row.DecidedAt), Utc(row.DeliveredAt),
            Utc(row.ClosedAt), row.DeadlineId, row.DueDate, Utc(row.DueAt), row.DueProvisional, row.Decision, row.Delivery,
            row.HandlingUnitCode, row.DeliveryChoice);

    /// <summary>timestamptz takes UTC instants only.</summary>
    private static DateTimeOffset? Utc(DateTimeOffset? instant) => instant?.ToUniversalTime();

    private static async Task<CaseRow?> FindAsync<TKey>(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, TKey key,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<TKey> { TypedValue = key });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static CaseRow Read(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetGuid(5), r.GetString(6), r.GetString(7),
        r.GetString(8), r.GetString(9), r.GetString(10), Text(r, 11), r.GetString(12), Enum.Parse<CaseState>(r.GetString(13)),
        r.GetInt32(14), Text(r, 15), r.GetString(16),
        r.GetFieldValue<DateTimeOffset>(17), Instant(r, 18), Instant(r, 19), Instant(r, 20), Instant(r, 21),
        r.IsDBNull(22) ? null : r.GetGuid(22), r.IsDBNull(23) ? null : r.GetFieldValue<DateOnly>(23), Instant(r, 24), r.GetBoolean(25),
        Text(r, 26), Text(r, 27), Text(r, 28), Text(r, 29), Text(r, 30), Text(r, 31));

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateTimeOffset? Instant(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);
}

using Dapper;
using Npgsql;
using Platform.Empowerment.Lists;
using Platform.Kernel.Database;

namespace Platform.Empowerment.Handover;

/// <summary>Reads and writes handover agreements.</summary>
internal static class AgreementStore
{
    private const string Columns =
        """
        id, region_code, department_code, batch_number, state, version, created_at, trained_at, signed_at, records_handed_at, access_given_at,
        effective_at, records_deadline_id, access_deadline_id, agreement_text, records_days, access_days, day_unit
        """;

    public static async Task<AgreementRow?> FindAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, Guid id, bool forUpdate = false) =>
        (await connection.QuerySingleOrDefaultAsync<Row>(
            $"SELECT {Columns} FROM empowerment.agreements WHERE id = @id{(forUpdate ? " FOR UPDATE" : "")}", new { id }, tx))?.ToAgreement();

    public static async Task<AgreementRow?> FindAsync(NpgsqlTransaction tx, string regionCode, string departmentCode, int batch) =>
        (await tx.Connection!.QuerySingleOrDefaultAsync<Row>(
            $"SELECT {Columns} FROM empowerment.agreements WHERE region_code = @regionCode AND department_code = @departmentCode AND batch_number = @batch",
            new { regionCode, departmentCode, batch }, tx))?.ToAgreement();

    public static async Task<(IReadOnlyList<AgreementRow> Items, long Total)> PageAsync(NpgsqlConnection connection, string regionCode, int page, int pageSize)
    {
        var total = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM empowerment.agreements WHERE region_code = @regionCode", new { regionCode });
        var rows = await connection.QueryAsync<Row>(
            $"SELECT {Columns} FROM empowerment.agreements WHERE region_code = @regionCode ORDER BY batch_number, department_code LIMIT @limit OFFSET @offset",
            new { regionCode, limit = pageSize, offset = Pages.Offset(page, pageSize) });
        return (rows.Select(r => r.ToAgreement()).ToList(), total);
    }

    public static Task InsertAsync(NpgsqlTransaction tx, AgreementRow row) =>
        tx.Connection!.ExecuteAsync(
            """
            INSERT INTO empowerment.agreements (id, region_code, department_code, batch_number, state, version, created_at, records_days, access_days,
                day_unit)
            VALUES (@Id, @RegionCode, @DepartmentCode, @BatchNumber, @state, @Version, @createdAt, @recordsDays, @accessDays, @dayUnit)
            """,
            new
            {
                row.Id, row.RegionCode, row.DepartmentCode, row.BatchNumber, state = row.State.ToString(), row.Version,
                createdAt = row.CreatedAt.ToUniversalTime(), recordsDays = row.Limits?.RecordsDays, accessDays = row.Limits?.AccessDays,
                dayUnit = row.Limits?.Unit.ToString(),
            }, tx);

    public static Task UpdateAsync(NpgsqlTransaction tx, AgreementRow row) =>
        tx.Connection!.ExecuteAsync(
            """
            UPDATE empowerment.agreements SET state = @state, version = @Version, trained_at = @trainedAt, signed_at = @signedAt,
                records_handed_at = @recordsAt, access_given_at = @accessAt, effective_at = @effectiveAt, records_deadline_id = @RecordsDeadlineId,
                access_deadline_id = @AccessDeadlineId, agreement_text = @AgreementText
            WHERE id = @Id
            """,
            new
            {
                row.Id, state = row.State.ToString(), row.Version, trainedAt = row.TrainedAt?.ToUniversalTime(), signedAt = row.SignedAt?.ToUniversalTime(),
                recordsAt = row.RecordsHandedAt?.ToUniversalTime(), accessAt = row.AccessGivenAt?.ToUniversalTime(),
                effectiveAt = row.EffectiveAt?.ToUniversalTime(), row.RecordsDeadlineId, row.AccessDeadlineId, row.AgreementText,
            }, tx);

    private sealed record Row(Guid Id, string RegionCode, string DepartmentCode, int BatchNumber, string State, int Version, DateTime CreatedAt,
        DateTime? TrainedAt, DateTime? SignedAt, DateTime? RecordsHandedAt, DateTime? AccessGivenAt, DateTime? EffectiveAt, Guid? RecordsDeadlineId,
        Guid? AccessDeadlineId, string? AgreementText, int? RecordsDays, int? AccessDays, string? DayUnit)
    {
        public AgreementRow ToAgreement() => new(Id, RegionCode, DepartmentCode, BatchNumber, Enum.Parse<HandoverState>(State), Version,
            Instant.Of(CreatedAt), Instant.Of(TrainedAt), Instant.Of(SignedAt), Instant.Of(RecordsHandedAt), Instant.Of(AccessGivenAt),
            Instant.Of(EffectiveAt), RecordsDeadlineId, AccessDeadlineId, AgreementText)
        {
            Limits = RecordsDays is { } records && AccessDays is { } access && DayUnit is { } unit
                ? new HandoverLimits(records, access, Enum.Parse<Platform.Calendar.Contracts.TimeLimitUnit>(unit))
                : null,
        };
    }
}

using Dapper;
using Npgsql;
using Platform.Bundles.Domain;
using Platform.Kernel.Errors;

namespace Platform.Bundles.Submission;

/// <summary>SQL over <c>bundles.bundle_cases</c> and <c>bundles.bundle_members</c>.</summary>
internal static class BundleCaseStore
{
    public static async Task<string> NextNumberAsync(NpgsqlTransaction tx, string regionCode, int year) =>
        $"YJS{regionCode}{year}{await tx.Connection!.ExecuteScalarAsync<long>("SELECT nextval('bundles.bundle_case_numbers')", transaction: tx):D7}";

    public static Task InsertAsync(NpgsqlTransaction tx, BundleCaseRow row) =>
        tx.Connection!.ExecuteAsync(
            """
            INSERT INTO bundles.bundle_cases (id, number, region_code, bundle_code, bundle_version_id, bundle_name, zone, applicant_id,
                applicant_name, enterprise_code, submitted_by, answers, form, state, version, submitted_at)
            VALUES (@Id, @Number, @RegionCode, @BundleCode, @BundleVersionId, @BundleName, @Zone, @ApplicantId, @ApplicantName,
                @EnterpriseCode, @SubmittedBy, @Answers::jsonb, @Form::jsonb, @State, @Version, @SubmittedAt)
            """, row, tx);

    public static async Task<BundleCaseRow> LockAsync(NpgsqlTransaction tx, Guid id) =>
        await tx.Connection!.QuerySingleOrDefaultAsync<BundleCaseRow>(
            $"SELECT {BundleCaseRow.Columns} FROM bundles.bundle_cases WHERE id = @id FOR UPDATE", new { id }, tx)
        ?? throw PlatformProblem.NotFound("bundle.case.not_found", "一件事办件不存在。");

    public static Task<BundleCaseRow?> GetAsync(NpgsqlConnection connection, Guid id) =>
        connection.QuerySingleOrDefaultAsync<BundleCaseRow>($"SELECT {BundleCaseRow.Columns} FROM bundles.bundle_cases WHERE id = @id", new { id });

    public static Task UpdateAsync(NpgsqlTransaction tx, BundleCaseRow row) =>
        tx.Connection!.ExecuteAsync(
            """
            UPDATE bundles.bundle_cases SET state = @State, version = @Version, intake_unit = @IntakeUnit, deadline_id = @DeadlineId,
                due_date = @Due::date, due_provisional = @DueProvisional, accepted_at = @AcceptedAt, completed_at = @CompletedAt,
                delivered_at = @DeliveredAt, failure_reason = @FailureReason
            WHERE id = @Id
            """, new
            {
                row.Id, row.State, row.Version, row.IntakeUnit, row.DeadlineId, Due = row.DueDate?.ToString("yyyy-MM-dd"), row.DueProvisional,
                row.AcceptedAt, row.CompletedAt, row.DeliveredAt, row.FailureReason,
            }, tx);

    public static Task SetDeliveryAsync(NpgsqlTransaction tx, Guid id, string deliveryJson) =>
        tx.Connection!.ExecuteAsync("UPDATE bundles.bundle_cases SET delivery = @deliveryJson::jsonb WHERE id = @id", new { id, deliveryJson }, tx);

    public static Task AddMemberAsync(NpgsqlTransaction tx, BundleMemberRow member, DateTimeOffset now) =>
        tx.Connection!.ExecuteAsync(
            """
            INSERT INTO bundles.bundle_members (bundle_case_id, case_id, case_number, matter_code, matter_name, state, due_date, updated_at)
            VALUES (@BundleCaseId, @CaseId, @CaseNumber, @MatterCode, @MatterName, @State, @Due::date, @now)
            ON CONFLICT DO NOTHING
            """, new { member.BundleCaseId, member.CaseId, member.CaseNumber, member.MatterCode, member.MatterName, member.State, Due = member.DueDate?.ToString("yyyy-MM-dd"),
                now = now.ToUniversalTime() }, tx);

    public static async Task<IReadOnlyList<BundleMemberRow>> MembersAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, Guid bundleCaseId) =>
        (await connection.QueryAsync<BundleMemberRow>(
            "SELECT bundle_case_id, case_id, case_number, matter_code, matter_name, state, due_date FROM bundles.bundle_members WHERE bundle_case_id = @bundleCaseId ORDER BY matter_code",
            new { bundleCaseId }, tx)).ToList();

    /// <summary>Zones (专区) the region declares or its bundles name: a window that is one of them is not a general window.</summary>
    public static async Task<IReadOnlySet<string>> ZonesAsync(NpgsqlConnection connection, string regionCode) =>
        (await connection.QueryAsync<string>(
            """
            SELECT code FROM bundles.zones WHERE region_code = @regionCode
            UNION
            SELECT definition->>'zone' FROM bundles.bundle_versions WHERE region_code = @regionCode AND definition->>'zone' IS NOT NULL
            """, new { regionCode })).ToHashSet();

    public static string StateOf(BundleCaseState state) => state.ToString();
}

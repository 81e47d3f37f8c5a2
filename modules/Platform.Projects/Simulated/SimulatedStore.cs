using Dapper;
using Npgsql;

namespace Platform.Projects.Simulated;

internal static class SimulatedStore
{
    private const string Select =
        """
        SELECT project_id, applicant_id, applicant_name, form::text AS form, materials::text AS materials, started_at, land_contract, land_contracted_at
        FROM projects.simulated_approvals
        """;

    public static Task<SimulatedRow?> FindAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, Guid projectId) =>
        connection.QuerySingleOrDefaultAsync<SimulatedRow>(Select + " WHERE project_id = @projectId", new { projectId }, tx);

    public static async Task<IReadOnlyList<PreReviewRow>> PreReviewsAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, Guid projectId) =>
        (await connection.QueryAsync<PreReviewRow>(
            """
            SELECT project_id, matter_code, ordinal, unit_code, verdict, text, reviewer_id, reviewer_name, recorded_at
            FROM projects.pre_reviews WHERE project_id = @projectId ORDER BY ordinal, matter_code
            """, new { projectId }, tx)).ToList();

    public static Task StartAsync(NpgsqlTransaction tx, SimulatedRow row) =>
        tx.Connection!.ExecuteAsync(
            """
            INSERT INTO projects.simulated_approvals (project_id, applicant_id, applicant_name, form, materials, started_at)
            VALUES (@ProjectId, @ApplicantId, @ApplicantName, @Form::jsonb, @Materials::jsonb, @StartedAt)
            """, row, tx);

    public static Task PreReviewAsync(NpgsqlTransaction tx, PreReviewRow row) =>
        tx.Connection!.ExecuteAsync(
            """
            INSERT INTO projects.pre_reviews (project_id, matter_code, ordinal, unit_code, verdict, text, reviewer_id, reviewer_name, recorded_at)
            VALUES (@ProjectId, @MatterCode, @Ordinal, @UnitCode, @Verdict, @Text, @ReviewerId, @ReviewerName, @RecordedAt)
            ON CONFLICT (project_id, matter_code) DO UPDATE SET unit_code = excluded.unit_code, verdict = excluded.verdict, text = excluded.text,
                reviewer_id = excluded.reviewer_id, reviewer_name = excluded.reviewer_name, recorded_at = excluded.recorded_at
            """, row, tx);

    public static Task ContractAsync(NpgsqlTransaction tx, Guid projectId, string reference, DateTimeOffset at) =>
        tx.Connection!.ExecuteAsync(
            "UPDATE projects.simulated_approvals SET land_contract = @reference, land_contracted_at = @at WHERE project_id = @projectId",
            new { projectId, reference, at = at.UtcDateTime }, tx);
}

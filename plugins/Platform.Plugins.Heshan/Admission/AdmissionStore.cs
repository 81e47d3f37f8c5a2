using Dapper;
using Npgsql;
using Platform.Kernel.Errors;

namespace Platform.Plugins.Heshan.Admission;

/// <summary>SQL for admission requests, their department rows and pushes (schema <c>heshan</c>).</summary>
internal static class AdmissionStore
{
    public static Task InsertAsync(NpgsqlTransaction tx, AdmissionRow row) =>
        tx.Connection!.ExecuteAsync(
            """
            INSERT INTO heshan.admissions (id, region_code, number, project_name, investor, investment, land_area, industry, filing_unit, filed_by,
                filed_by_name, filed_at, deadline_id, due_date, scoring_model, materials, state, version)
            VALUES (@Id, @RegionCode, @Number, @ProjectName, @Investor, @Investment, @LandArea, @Industry, @FilingUnit, @FiledBy,
                @FiledByName, @FiledAt, @DeadlineId, @DueDateParameter, @ScoringModel::jsonb, @Materials::jsonb, @State, @Version)
            """, row, tx);

    public static Task InsertOpinionAsync(NpgsqlTransaction tx, Guid admissionId, string unitCode, Guid deadlineId, DateTime dueDate) =>
        tx.Connection!.ExecuteAsync(
            "INSERT INTO heshan.admission_opinions (admission_id, unit_code, deadline_id, due_date) VALUES (@admissionId, @unitCode, @deadlineId, @dueDate)",
            new { admissionId, unitCode, deadlineId, dueDate }, tx);

    public static async Task<AdmissionRow> LockAsync(NpgsqlTransaction tx, Guid id) =>
        await tx.Connection!.QuerySingleOrDefaultAsync<AdmissionRow>(
            "SELECT * FROM heshan.admissions WHERE id = @id FOR UPDATE", new { id }, tx)
        ?? throw PlatformProblem.NotFound("heshan.admission.not_found", "准入申请不存在。");

    public static Task<AdmissionRow?> FindAsync(NpgsqlTransaction tx, Guid id) =>
        tx.Connection!.QuerySingleOrDefaultAsync<AdmissionRow?>(
            "SELECT * FROM heshan.admissions WHERE id = @id", new { id }, tx);

    public static async Task<IReadOnlyList<AdmissionOpinionRow>> OpinionsAsync(NpgsqlTransaction tx, Guid admissionId) =>
        (await tx.Connection!.QueryAsync<AdmissionOpinionRow>(
            "SELECT * FROM heshan.admission_opinions WHERE admission_id = @admissionId", new { admissionId }, tx)).AsList();

    public static Task AnswerAsync(NpgsqlTransaction tx, Guid admissionId, string unitCode, DateTimeOffset at, string by, string byName, bool agrees,
        string opinion, string scores, string seal) =>
        tx.Connection!.ExecuteAsync(
            """
            UPDATE heshan.admission_opinions SET answered_at = @at, answered_by = @by, answered_by_name = @byName, agrees = @agrees,
                opinion = @opinion, scores = @scores::jsonb, seal_reference = @seal
            WHERE admission_id = @admissionId AND unit_code = @unitCode
            """, new { admissionId, unitCode, at = at.ToUniversalTime(), by, byName, agrees, opinion, scores, seal }, tx);

    public static Task UpdateAsync(NpgsqlTransaction tx, AdmissionRow row) =>
        tx.Connection!.ExecuteAsync(
            """
            UPDATE heshan.admissions SET state = @State, version = @Version, score = @Score, passed = @Passed, conclusion = @Conclusion,
                concluded_at = @ConcludedAt, concluded_by = @ConcludedBy, seal_reference = @SealReference
            WHERE id = @Id
            """, row, tx);

    public static Task PushAsync(NpgsqlTransaction tx, Guid admissionId, string target, string targetName, DateTimeOffset at) =>
        tx.Connection!.ExecuteAsync(
            "INSERT INTO heshan.admission_pushes (admission_id, target, target_name, pushed_at) VALUES (@admissionId, @target, @targetName, @at)",
            new { admissionId, target, targetName, at = at.ToUniversalTime() }, tx);

    public static async Task<IReadOnlyList<(string Target, string TargetName, DateTime PushedAt)>> PushesAsync(NpgsqlTransaction tx, Guid admissionId) =>
        (await tx.Connection!.QueryAsync<(string, string, DateTime)>(
            "SELECT target, target_name, pushed_at FROM heshan.admission_pushes WHERE admission_id = @admissionId ORDER BY pushed_at, target",
            new { admissionId }, tx)).AsList();
}

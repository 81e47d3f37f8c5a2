using Dapper;
using Npgsql;

namespace Platform.Projects.Stages;

internal static class StageStore
{
    private const string SelectStage =
        """
        SELECT project_id, ordinal, name, lead_unit_code, window_unit_code, committed_days, completion_rule, state, form::text AS form,
               filed_at, accepted_at, completed_at, deadline_id
        FROM projects.stages
        """;

    private const string SelectMember =
        """
        SELECT project_id, ordinal, matter_code, matter_name, milestone, case_id, case_number, case_state,
               due_date::text AS due_date, attempt FROM projects.stage_members
        """;

    public static async Task<IReadOnlyList<StageRow>> StagesAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, Guid projectId) =>
        (await connection.QueryAsync<StageRow>(SelectStage + " WHERE project_id = @projectId ORDER BY ordinal", new { projectId }, tx)).ToList();

    public static Task<StageRow?> LockAsync(NpgsqlTransaction tx, Guid projectId, int ordinal) =>
        tx.Connection!.QuerySingleOrDefaultAsync<StageRow>(SelectStage + " WHERE project_id = @projectId AND ordinal = @ordinal FOR UPDATE",
            new { projectId, ordinal }, tx);

    public static async Task<IReadOnlyList<StageMemberRow>> MembersAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, Guid projectId) =>
        (await connection.QueryAsync<StageMemberRow>(SelectMember + " WHERE project_id = @projectId ORDER BY ordinal, matter_code",
            new { projectId }, tx)).ToList();

    /// <summary>Copies a member case's state and due date; answers the stage it belongs to, or null for a case no stage runs.</summary>
    public static Task<StageKey?> FollowAsync(NpgsqlTransaction tx, Guid caseId, string state, DateOnly? due) =>
        tx.Connection!.QuerySingleOrDefaultAsync<StageKey>(
            """
            UPDATE projects.stage_members SET case_state = @state, due_date = COALESCE(@due::date, due_date)
            WHERE case_id = @caseId RETURNING project_id, ordinal
            """, new { caseId, state, due = due?.ToString("yyyy-MM-dd") }, tx);

    public static Task<string?> FilingKeyAsync(NpgsqlTransaction tx, Guid projectId, int ordinal) =>
        tx.Connection!.QuerySingleOrDefaultAsync<string?>("SELECT filing_key FROM projects.stages WHERE project_id = @projectId AND ordinal = @ordinal",
            new { projectId, ordinal }, tx);

    /// <summary>The stage's one form as filed, with the project's code, name and location, as every member case gets it.</summary>
    public static Task<string> FormAsync(NpgsqlTransaction tx, Guid projectId, int ordinal) =>
        tx.Connection!.QuerySingleAsync<string>(
            """
            SELECT (s.form || jsonb_build_object('项目代码', p.code, '项目名称', p.name, '建设地点', p.location))::text
            FROM projects.stages s JOIN projects.projects p ON p.id = s.project_id WHERE s.project_id = @projectId AND s.ordinal = @ordinal
            """, new { projectId, ordinal }, tx);

    /// <summary>Records the member's case; returns 0 when it was recorded before (a retried filing).</summary>
    public static Task<int> RecordCaseAsync(NpgsqlTransaction tx, Guid projectId, int ordinal, string matterCode, Guid caseId, string number) =>
        tx.Connection!.ExecuteAsync(
            """
            UPDATE projects.stage_members SET case_id = @caseId, case_number = @number, case_state = COALESCE(case_state, 'Submitted')
            WHERE project_id = @projectId AND ordinal = @ordinal AND matter_code = @matterCode AND case_id IS DISTINCT FROM @caseId
            """, new { projectId, ordinal, matterCode, caseId, number }, tx);
}

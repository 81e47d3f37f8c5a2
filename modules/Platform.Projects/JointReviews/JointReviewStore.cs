using Dapper;
using Npgsql;

namespace Platform.Projects.JointReviews;

internal static class JointReviewStore
{
    private const string Select =
        """
        SELECT id, project_id, ordinal, kind, name, units, committed_days, opened_at, deadline_id, concluded_at, conclusion, version
        FROM projects.joint_reviews
        """;

    public static async Task<IReadOnlyList<JointReviewRow>> ForProjectAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, Guid projectId) =>
        (await connection.QueryAsync<JointReviewRow>(Select + " WHERE project_id = @projectId ORDER BY ordinal, kind", new { projectId }, tx)).ToList();

    public static Task<JointReviewRow?> LockAsync(NpgsqlTransaction tx, Guid id) =>
        tx.Connection!.QuerySingleOrDefaultAsync<JointReviewRow>(Select + " WHERE id = @id FOR UPDATE", new { id }, tx);

    public static async Task<IReadOnlyList<OpinionRow>> OpinionsAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, IEnumerable<Guid> reviewIds) =>
        (await connection.QueryAsync<OpinionRow>(
            """
            SELECT review_id, unit_code, verdict, text, reviewer_name, recorded_at FROM projects.joint_review_opinions
            WHERE review_id = ANY(@ids) ORDER BY recorded_at, unit_code
            """, new { ids = reviewIds.ToArray() }, tx)).ToList();

    public static Task OpenAsync(NpgsqlTransaction tx, JointReviewRow row) =>
        tx.Connection!.ExecuteAsync(
            """
            INSERT INTO projects.joint_reviews (id, project_id, ordinal, kind, name, units, committed_days, opened_at, deadline_id)
            VALUES (@Id, @ProjectId, @Ordinal, @Kind, @Name, @Units, @CommittedDays, @OpenedAt, @DeadlineId)
            """, row, tx);
}

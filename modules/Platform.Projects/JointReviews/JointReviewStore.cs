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
        (await connection.QueryAsync<Row>(Select + " WHERE project_id = @projectId ORDER BY ordinal, kind", new { projectId }, tx)).Select(r => r.ToRow()).ToList();

    public static async Task<JointReviewRow?> LockAsync(NpgsqlTransaction tx, Guid id) =>
        (await tx.Connection!.QuerySingleOrDefaultAsync<Row>(Select + " WHERE id = @id FOR UPDATE", new { id }, tx))?.ToRow();

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

    /// <summary>Dapper fills a text[] column into a settable property, not into a record's constructor.</summary>
    private sealed class Row
    {
        public Guid Id { get; init; }
        public Guid ProjectId { get; init; }
        public int Ordinal { get; init; }
        public string Kind { get; init; } = "";
        public string Name { get; init; } = "";
        public string[] Units { get; init; } = [];
        public int CommittedDays { get; init; }
        public DateTime OpenedAt { get; init; }
        public Guid DeadlineId { get; init; }
        public DateTime? ConcludedAt { get; init; }
        public string? Conclusion { get; init; }
        public int Version { get; init; }

        public JointReviewRow ToRow() => new(Id, ProjectId, Ordinal, Kind, Name, Units, CommittedDays, OpenedAt, DeadlineId, ConcludedAt, Conclusion, Version);
    }
}

using Dapper;
using Npgsql;
using Platform.Kernel.Errors;

namespace Platform.Plugins.Heshan.Documents;

/// <summary>SQL for documents and their steps (schema <c>heshan</c>).</summary>
internal static class DocumentStore
{
    public static Task InsertAsync(NpgsqlTransaction tx, DocumentRow row) =>
        tx.Connection!.ExecuteAsync(
            """
            INSERT INTO heshan.documents (id, region_code, number, title, body, filing_unit, filed_by, filed_by_name, filed_at, state, version)
            VALUES (@Id, @RegionCode, @Number, @Title, @Body, @FilingUnit, @FiledBy, @FiledByName, @FiledAt, @State, @Version)
            """, row, tx);

    public static Task InsertStepAsync(NpgsqlTransaction tx, DocumentStepRow step) =>
        tx.Connection!.ExecuteAsync(
            """
            INSERT INTO heshan.document_steps (id, document_id, stage, ordinal, unit_code, limit_days, opened_at, deadline_id, due_date)
            VALUES (@Id, @DocumentId, @Stage, @Ordinal, @UnitCode, @LimitDays, @OpenedAt, @DeadlineId, @DueDateParameter)
            """, step, tx);

    public static async Task<DocumentRow> LockAsync(NpgsqlTransaction tx, Guid id) =>
        await tx.Connection!.QuerySingleOrDefaultAsync<DocumentRow>("SELECT * FROM heshan.documents WHERE id = @id FOR UPDATE", new { id }, tx)
        ?? throw PlatformProblem.NotFound("heshan.document.not_found", "公文不存在。");

    public static Task<DocumentRow?> FindAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, Guid id) =>
        connection.QuerySingleOrDefaultAsync<DocumentRow?>("SELECT * FROM heshan.documents WHERE id = @id", new { id }, tx);

    public static async Task<IReadOnlyList<DocumentStepRow>> StepsAsync(NpgsqlTransaction tx, Guid documentId) =>
        (await tx.Connection!.QueryAsync<DocumentStepRow>(
            """
            SELECT * FROM heshan.document_steps WHERE document_id = @documentId
            ORDER BY CASE stage WHEN 'Opinion' THEN 0 WHEN 'SignOff' THEN 1 ELSE 2 END, ordinal
            """, new { documentId }, tx)).AsList();

    public static Task UpdateAsync(NpgsqlTransaction tx, DocumentRow row) =>
        tx.Connection!.ExecuteAsync(
            "UPDATE heshan.documents SET state = @State, version = @Version, completed_at = @CompletedAt WHERE id = @Id", row, tx);

    public static Task OpenStepAsync(NpgsqlTransaction tx, Guid stepId, DateTimeOffset at, Guid deadlineId, DateOnly due) =>
        tx.Connection!.ExecuteAsync(
            "UPDATE heshan.document_steps SET opened_at = @at, deadline_id = @deadlineId, due_date = @due WHERE id = @stepId",
            new { stepId, at = at.ToUniversalTime(), deadlineId, due = due.ToDateTime(TimeOnly.MinValue) }, tx);

    public static Task CompleteStepAsync(NpgsqlTransaction tx, Guid stepId, DateTimeOffset at, string by, string byName, bool? agrees,
        string opinion, string seal) =>
        tx.Connection!.ExecuteAsync(
            """
            UPDATE heshan.document_steps SET completed_at = @at, completed_by = @by, completed_by_name = @byName, agrees = @agrees,
                opinion = @opinion, seal_reference = @seal
            WHERE id = @stepId
            """, new { stepId, at = at.ToUniversalTime(), by, byName, agrees, opinion, seal }, tx);
}

using Dapper;
using Npgsql;
using Platform.Cases.Domain;
using Platform.Kernel.Database;

namespace Platform.Cases.Materials;

/// <summary>The case's materials: what was handed in, what is missing, what was deferred and when it must arrive.</summary>
internal sealed class MaterialStore
{
    /// <summary>
    /// Every material the matter asks for, in one statement, as handed in, taken from an e-licence or a shared record, or
    /// missing; the caller sends it with the submission's other writes. Null when the matter asks for none.
    /// </summary>
    public static NpgsqlBatchCommand? InsertCommand(Guid caseId, MatterTerms matter, IReadOnlyDictionary<string, SubmittedMaterial> submitted,
        IReadOnlyDictionary<string, Contracts.SharedMaterialMatch> shared)
    {
        var rows = matter.Materials.Select(material =>
        {
            submitted.TryGetValue(material.Code, out var given);
            shared.TryGetValue(material.Code, out var match);
            var status = given?.FileId is not null ? MaterialStatus.Provided
                : given?.LicenceReference is not null ? MaterialStatus.ELicence
                : match is not null ? MaterialStatus.Shared
                : MaterialStatus.Missing;
            return (material, status, given, match);
        }).ToList();
        if (rows.Count == 0) return null;
        return BatchCommand.Of(
            """
            INSERT INTO cases.case_materials (case_id, material_code, name, required, core, status, file_id, licence_reference, shared_source)
            SELECT $1, m.code, m.name, m.required, m.core, m.status, m.file_id, m.licence, m.shared_source
            FROM unnest($2::text[], $3::text[], $4::boolean[], $5::boolean[], $6::text[], $7::uuid[], $8::text[], $9::text[])
                AS m (code, name, required, core, status, file_id, licence, shared_source)
            """,
            caseId,
            rows.Select(r => r.material.Code).ToArray(),
            rows.Select(r => r.material.Name).ToArray(),
            rows.Select(r => r.material.Required).ToArray(),
            rows.Select(r => r.material.Core).ToArray(),
            rows.Select(r => r.status.ToString()).ToArray(),
            rows.Select(r => r.given?.FileId).ToArray(),
            rows.Select(r => r.given?.LicenceReference ?? r.match?.Reference).ToArray(),
            rows.Select(r => r.match?.SourceName).ToArray());
    }

    /// <summary>A case's materials, core ones first; the parameter is <c>@caseId</c>.</summary>
    public const string OfCaseSql =
        """
        SELECT material_code, name, required, core, status, file_id, licence_reference, shared_source,
               deferred_due_date::text AS deferred_due_date, deferred_deadline_id, supplied_at
        FROM cases.case_materials WHERE case_id = @caseId ORDER BY core DESC, material_code
        """;

    public async Task<IReadOnlyList<CaseMaterial>> ListAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid caseId) =>
        (await connection.QueryAsync<Row>(OfCaseSql, new { caseId }, transaction)).Select(r => r.ToMaterial()).ToList();

    /// <summary>Reads the result of <see cref="OfCaseSql"/> from a batch of reads.</summary>
    public static async Task<IReadOnlyList<CaseMaterial>> ReadAsync(BatchResults batch) =>
        (await batch.ReadAsync<Row>()).Select(r => r.ToMaterial()).ToList();

    public Task MarkAsync(NpgsqlTransaction transaction, Guid caseId, string materialCode, MaterialStatus status, Guid? fileId,
        DateTimeOffset? suppliedAt) =>
        transaction.Connection!.ExecuteAsync(
            """
            UPDATE cases.case_materials SET status = @status, file_id = coalesce(@fileId, file_id), supplied_at = coalesce(@suppliedAt, supplied_at)
            WHERE case_id = @caseId AND material_code = @materialCode
            """, new { caseId, materialCode, status = status.ToString(), fileId, suppliedAt = suppliedAt?.ToUniversalTime() }, transaction);

    public Task DeferAsync(NpgsqlTransaction transaction, Guid caseId, string materialCode, DateOnly due, Guid deadlineId) =>
        transaction.Connection!.ExecuteAsync(
            """
            UPDATE cases.case_materials SET status = 'Deferred', deferred_due_date = @due::date, deferred_deadline_id = @deadlineId
            WHERE case_id = @caseId AND material_code = @materialCode
            """, new { caseId, materialCode, due = due.ToString("yyyy-MM-dd"), deadlineId }, transaction);

    private sealed record Row(string MaterialCode, string Name, bool Required, bool Core, string Status, Guid? FileId,
        string? LicenceReference, string? SharedSource, string? DeferredDueDate, Guid? DeferredDeadlineId, DateTime? SuppliedAt)
    {
        public CaseMaterial ToMaterial() => new(MaterialCode, Name, Required, Core, Enum.Parse<MaterialStatus>(Status), FileId,
            LicenceReference, DeferredDueDate is null ? null : DateOnly.Parse(DeferredDueDate), DeferredDeadlineId,
            SuppliedAt is null ? null : new DateTimeOffset(DateTime.SpecifyKind(SuppliedAt.Value, DateTimeKind.Utc))) { SharedSource = SharedSource };
    }
}

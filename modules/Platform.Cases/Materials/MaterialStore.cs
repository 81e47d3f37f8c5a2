using Dapper;
using Npgsql;
using Platform.Cases.Domain;

namespace Platform.Cases.Materials;

/// <summary>The case's materials: what was handed in, what is missing, what was deferred and when it must arrive.</summary>
internal sealed class MaterialStore
{
    public async Task InsertAsync(NpgsqlTransaction transaction, Guid caseId, MatterTerms matter,
        IReadOnlyDictionary<string, SubmittedMaterial> submitted, IReadOnlyDictionary<string, Contracts.SharedMaterialMatch> shared,
        CancellationToken cancellationToken)
    {
        foreach (var material in matter.Materials)
        {
            submitted.TryGetValue(material.Code, out var given);
            shared.TryGetValue(material.Code, out var match);
            var status = given?.FileId is not null ? MaterialStatus.Provided
                : given?.LicenceReference is not null ? MaterialStatus.ELicence
                : match is not null ? MaterialStatus.Shared
                : MaterialStatus.Missing;
            await transaction.Connection!.ExecuteAsync(
                """
                INSERT INTO cases.case_materials (case_id, material_code, name, required, core, status, file_id, licence_reference, shared_source)
                VALUES (@caseId, @Code, @Name, @Required, @Core, @status, @fileId, @licence, @sharedSource)
                """,
                new
                {
                    caseId, material.Code, material.Name, material.Required, material.Core, status = status.ToString(), fileId = given?.FileId,
                    licence = given?.LicenceReference ?? match?.Reference, sharedSource = match?.SourceName,
                },
                transaction);
        }
    }

    public async Task<IReadOnlyList<CaseMaterial>> ListAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid caseId)
    {
        var rows = await connection.QueryAsync<Row>(
            """
            SELECT material_code, name, required, core, status, file_id, licence_reference, shared_source,
                   deferred_due_date::text AS deferred_due_date, deferred_deadline_id, supplied_at
            FROM cases.case_materials WHERE case_id = @caseId ORDER BY core DESC, material_code
            """, new { caseId }, transaction);
        return rows.Select(r => r.ToMaterial()).ToList();
    }

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

using System.Text;
using System.Text.Json;
using Dapper;
using Npgsql;
using Platform.Cases.Contracts;
using Platform.Cases.Materials;
using Platform.Cases.Workflow;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;

namespace Platform.Cases.Signing;

/// <summary>
/// The applicant signs the application (its form and materials as submitted) or the commitment letter with the
/// e-signature seam. Signing a document twice answers the first signature.
/// </summary>
internal sealed class CaseSignatures(ITransactionRunner transactions, CaseStore cases, MaterialStore materials, IElectronicSigner signer,
    IAuditTrail audit, IClock clock)
{
    public const string CommitmentText = "本人（本单位）承诺：所提交的申请材料真实、合法、有效，如有虚假，愿承担相应法律责任。";

    public Task<CaseSignatureView> SignAsync(Guid caseId, string document, CaseActor actor, CancellationToken cancellationToken)
    {
        if (document is not ("application" or "commitment"))
            throw PlatformProblem.Invalid("case.signature.document_invalid", "document", "签名文书须为 application（申请书）或 commitment（承诺书）。");
        return transactions.RunAsync(async tx =>
        {
            var row = await cases.LockAsync(tx, caseId, cancellationToken);
            if (await OfCaseAsync(tx.Connection!, tx, caseId) is var signed && signed.FirstOrDefault(s => s.Document == document) is { } earlier)
                return earlier;
            var content = document == "application" ? await ApplicationAsync(tx, row) : Encoding.UTF8.GetBytes($"{row.Number}\n{CommitmentText}");
            var result = await signer.SignAsync(actor.Id, actor.Name, content, cancellationToken);
            var view = new CaseSignatureView(document, actor.Name, signer.Name, result.ContentSha256, result.Signature, clock.Now);
            await tx.Connection!.ExecuteAsync(
                """
                INSERT INTO cases.signatures (case_id, document, signer_id, signer_name, provider, content_sha256, signature, signed_at)
                VALUES (@caseId, @Document, @signerId, @SignerName, @Provider, @ContentSha256, @Signature, @at)
                """, new { caseId, view.Document, signerId = actor.Id, view.SignerName, view.Provider, view.ContentSha256, view.Signature,
                    at = view.SignedAt.ToUniversalTime() }, tx);
            await audit.AppendAsync(tx, new AuditEntry(row.RegionCode, actor.Id, "case.signed", "case", row.Number,
                new { document, view.ContentSha256, view.Provider }), cancellationToken);
            return view;
        }, cancellationToken);
    }

    /// <summary>A case's signatures in the order they were made; the parameter is <c>@caseId</c>.</summary>
    public const string OfCaseSql =
        """
        SELECT document, signer_name, provider, content_sha256, signature, signed_at
        FROM cases.signatures WHERE case_id = @caseId ORDER BY signed_at
        """;

    public async Task<IReadOnlyList<CaseSignatureView>> OfCaseAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid caseId) =>
        (await connection.QueryAsync<Row>(OfCaseSql, new { caseId }, transaction)).Select(r => r.View()).ToList();

    /// <summary>Reads the result of <see cref="OfCaseSql"/> from a batch of reads.</summary>
    public static async Task<IReadOnlyList<CaseSignatureView>> ReadAsync(BatchResults batch) =>
        (await batch.ReadAsync<Row>()).Select(r => r.View()).ToList();

    /// <summary>What an application signature covers: the case, the matter version, the form and each material as held.</summary>
    private async Task<byte[]> ApplicationAsync(NpgsqlTransaction tx, CaseRow row)
    {
        var held = await materials.ListAsync(tx.Connection!, tx, row.Id);
        return JsonSerializer.SerializeToUtf8Bytes(new
        {
            row.Number, row.MatterCode, row.MatterVersionId, row.ApplicantId, form = JsonDocument.Parse(row.Form).RootElement,
            materials = held.Select(m => new { m.MaterialCode, status = m.Status.ToString(), m.FileId, m.LicenceReference, m.SharedSource }),
        });
    }

    private sealed record Row(string Document, string SignerName, string Provider, string ContentSha256, string Signature, DateTime SignedAt)
    {
        public CaseSignatureView View() =>
            new(Document, SignerName, Provider, ContentSha256, Signature, new DateTimeOffset(DateTime.SpecifyKind(SignedAt, DateTimeKind.Utc)));
    }
}

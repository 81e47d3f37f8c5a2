using Dapper;
using Npgsql;
using Platform.Cases.Contracts;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;

namespace Platform.Cases.Files;

/// <summary>
/// Opens a case's material file for reading and records who did (查看记录): a row the case page lists and an audit
/// record, written in one transaction before the file is served, so no one reads a file without leaving a trace.
/// </summary>
internal sealed class FileViews(ITransactionRunner transactions, NpgsqlDataSource dataSource, FileStore store, IAuditTrail audit, IClock clock)
{
    public Task<OpenedFile> OpenAsync(CaseView view, string materialCode, CaseActor viewer, CancellationToken cancellationToken)
    {
        var material = view.Materials.FirstOrDefault(m => m.Code == materialCode);
        if (material?.FileId is not { } fileId)
            throw PlatformProblem.NotFound("case.file.not_found", "该材料没有上传的文件。");
        return transactions.RunAsync(async tx =>
        {
            var file = await tx.Connection!.QuerySingleOrDefaultAsync<FileRow>(
                "SELECT sha256, content_type, file_name FROM cases.files WHERE id = @fileId", new { fileId }, tx)
                ?? throw PlatformProblem.NotFound("case.file.not_found", "文件不存在。");
            var now = clock.Now;
            await tx.Connection!.ExecuteAsync(
                """
                INSERT INTO cases.file_views (case_id, material_code, file_id, viewer_id, viewer_name, unit_code, viewed_at)
                VALUES (@Id, @materialCode, @fileId, @viewerId, @viewerName, @unitCode, @now)
                """, new { view.Id, materialCode, fileId, viewerId = viewer.Id, viewerName = viewer.Name, unitCode = viewer.UnitCode,
                    now = now.ToUniversalTime() }, tx);
            await audit.AppendAsync(tx, new AuditEntry(view.RegionCode, viewer.Id, "case.file.viewed", "case", view.Id.ToString(),
                new { materialCode, fileId, viewer = viewer.Name, unit = viewer.UnitCode }), cancellationToken);
            return new OpenedFile(store.PathOf(file.Sha256), file.ContentType, file.FileName);
        }, cancellationToken);
    }

    /// <summary>The case's file views, latest first (at most 50).</summary>
    public async Task<IReadOnlyList<FileView>> ListAsync(Guid caseId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<ViewRow>(
            """
            SELECT material_code, viewer_name, unit_code, viewed_at FROM cases.file_views
            WHERE case_id = @caseId ORDER BY viewed_at DESC, id DESC LIMIT 50
            """, new { caseId });
        return rows.Select(r => new FileView(r.MaterialCode, r.ViewerName, r.UnitCode,
            new DateTimeOffset(DateTime.SpecifyKind(r.ViewedAt, DateTimeKind.Utc)))).ToList();
    }

    /// <summary>A stored file's content type, to show it in an image or a frame; reading it records nothing.</summary>
    public async Task<string?> ContentTypeAsync(Guid fileId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>("SELECT content_type FROM cases.files WHERE id = @fileId", new { fileId });
    }

    private sealed record FileRow(string Sha256, string ContentType, string FileName);

    private sealed record ViewRow(string MaterialCode, string ViewerName, string? UnitCode, DateTime ViewedAt);
}

/// <summary>A stored file ready to serve.</summary>
internal sealed record OpenedFile(string Path, string ContentType, string FileName);

/// <summary>One reading of a material's file: which material, who (by name, in which unit), when.</summary>
internal sealed record FileView(string MaterialCode, string ViewerName, string? UnitCode, DateTimeOffset ViewedAt);

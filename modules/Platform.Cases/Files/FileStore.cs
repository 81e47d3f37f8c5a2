using System.Security.Cryptography;
using Dapper;
using Npgsql;
using Platform.Cases.Contracts;
using Platform.Kernel;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;
using Platform.Kernel.Database;

namespace Platform.Cases.Files;

/// <summary>
/// Keeps uploaded files on disk by SHA-256: written to a temporary file, flushed to the disk, then
/// renamed into place, and only then recorded in the database. A file whose row is committed is
/// therefore always on disk; a crash in between leaves at most an unrecorded file, never a row
/// without its file. Each upload holds a shared advisory lock from its first byte to its commit, so
/// <see cref="FileSweep"/> (holding it exclusively) removes only what a dead upload left behind.
/// </summary>
internal sealed class FileStore(FileStoreOptions options, NpgsqlDataSource dataSource, IClock clock)
{
    public async Task<StoredFile> SaveAsync(Stream content, string fileName, string contentType, string uploadedBy, CancellationToken cancellationToken)
    {
        // A name with a directory in it is refused, not trimmed: the client meant something this store does not do.
        if (string.IsNullOrWhiteSpace(fileName) || fileName.Length > 200 || fileName.IndexOfAny(['/', '\\']) >= 0
            || fileName.Contains("..", StringComparison.Ordinal) || fileName.Any(char.IsControl))
            throw PlatformProblem.Invalid("case.file.name_invalid", "file", "文件名不能为空、不超过 200 个字符，且不能包含路径（/、\\、..）或控制字符。");
        var safeName = fileName;
        if (!options.AllowedTypes.Contains(contentType))
            throw PlatformProblem.Invalid("case.file.type_not_allowed", "file", $"只接受 PDF、OFD、JPEG、PNG 文件，收到的是 {contentType}。");

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync("SELECT pg_advisory_xact_lock_shared(@key)", new { key = WriteLockKey }, transaction);
        Directory.CreateDirectory(IncomingDirectory);
        var temporary = Path.Combine(IncomingDirectory, Guid.NewGuid().ToString("N"));
        string sha256;
        long size;
        try
        {
            await using (var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[81920];
                var head = new byte[FileSignature.Length];
                size = 0;
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    if (size < head.Length) buffer.AsSpan(0, (int)Math.Min(read, head.Length - size)).CopyTo(head.AsSpan((int)size));
                    size += read;
                    if (size > options.MaxBytes)
                        throw new PlatformProblem(413, "case.file.too_large", "文件过大", $"单个文件不得超过 {options.MaxBytes / 1024 / 1024} MB。");
                    hash.AppendData(buffer, 0, read);
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                if (size == 0) throw PlatformProblem.Invalid("case.file.empty", "file", "文件内容为空。");
                FileSignature.Require(contentType, head.AsSpan(0, (int)Math.Min(size, head.Length)));
                target.Flush(flushToDisk: true);
                sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            }

            var final = PathOf(sha256);
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            File.Move(temporary, final, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }

        var stored = new StoredFile(Ids.New(), sha256, size, contentType, safeName, clock.Now);
        await connection.ExecuteAsync(
            """
            INSERT INTO cases.files (id, sha256, size_bytes, content_type, file_name, uploaded_by, uploaded_at)
            VALUES (@Id, @Sha256, @SizeBytes, @ContentType, @FileName, @uploadedBy, @uploadedAt)
            """, new { stored.Id, stored.Sha256, stored.SizeBytes, stored.ContentType, stored.FileName, uploadedBy, uploadedAt = stored.UploadedAt.ToUniversalTime() },
            transaction);
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    public async Task<IReadOnlySet<Guid>> OwnedAsync(NpgsqlTransaction transaction, IEnumerable<Guid> ids, string uploadedBy)
    {
        await using var batch = new NpgsqlBatch(transaction.Connection, transaction) { BatchCommands = { OwnedCommand(ids, uploadedBy) } };
        await using var results = new BatchResults(await batch.ExecuteReaderAsync());
        return await ReadOwnedAsync(results);
    }

    /// <summary>Which of the files <paramref name="uploadedBy"/> uploaded, as a command for the caller's batch: one row per file.</summary>
    public static NpgsqlBatchCommand OwnedCommand(IEnumerable<Guid> ids, string uploadedBy) =>
        BatchCommand.Of("SELECT id FROM cases.files WHERE id = ANY($1) AND uploaded_by = $2", ids.ToArray(), uploadedBy);

    /// <summary>Reads the result of <see cref="OwnedCommand"/> from a batch of reads.</summary>
    public static async Task<IReadOnlySet<Guid>> ReadOwnedAsync(BatchResults results) => (await results.ReadAsync<Guid>()).ToHashSet();

    /// <summary>Taken shared by every upload and exclusively by the sweep, across all hosts on the database.</summary>
    public const long WriteLockKey = 0x4341_5345_4649_4C45; // "CASEFILE"

    public string IncomingDirectory => Path.Combine(options.Directory, "incoming");

    public string Root => options.Directory;

    public string PathOf(string sha256) => Path.Combine(options.Directory, sha256[..2], sha256);
}

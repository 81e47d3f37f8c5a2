using Dapper;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Platform.Cases.Files;

/// <summary>
/// At start, removes what uploads killed mid-way left on disk: temporary files, and stored files whose
/// row never committed. It holds the uploads' advisory lock exclusively while it deletes, so a file an
/// upload on any host is still writing or recording is never taken; when another host holds the lock
/// for long, the sweep waits for the next start.
/// </summary>
internal sealed class FileSweep(FileStore store, NpgsqlDataSource dataSource, ILogger<FileSweep> logger) : BackgroundService
{
    private const int Batch = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var removed = await SweepAsync(stoppingToken);
            if (removed > 0) logger.LogWarning("Removed {Count} files that interrupted uploads left without a database row", removed);
        }
        catch (Exception error) when (error is NpgsqlException or IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(error, "The file sweep did not finish; it runs again at the next start");
        }
    }

    /// <summary>Returns how many files it removed.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(store.Root)) return 0;
        var removed = 0;
        var candidates = new List<string>();
        foreach (var path in Directory.EnumerateFiles(store.Root, "*", SearchOption.AllDirectories))
        {
            if (Path.GetDirectoryName(path) == store.IncomingDirectory) continue;
            candidates.Add(path);
            if (candidates.Count < Batch) continue;
            removed += await RemoveUnrecordedAsync(candidates, cancellationToken);
            candidates.Clear();
        }

        return removed + await RemoveUnrecordedAsync(candidates, cancellationToken, includeIncoming: true);
    }

    private async Task<int> RemoveUnrecordedAsync(List<string> paths, CancellationToken cancellationToken, bool includeIncoming = false)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync("SET LOCAL lock_timeout = '5s'", transaction: transaction);
        await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(@key)", new { key = FileStore.WriteLockKey }, transaction);
        var names = paths.Select(Path.GetFileName).ToArray();
        var recorded = (await connection.QueryAsync<string>(
            "SELECT DISTINCT sha256 FROM cases.files WHERE sha256 = ANY(@names)", new { names }, transaction)).ToHashSet();
        var doomed = paths.Where(p => !recorded.Contains(Path.GetFileName(p))).ToList();
        if (includeIncoming && Directory.Exists(store.IncomingDirectory)) doomed.AddRange(Directory.GetFiles(store.IncomingDirectory));
        foreach (var path in doomed) File.Delete(path);
        await transaction.CommitAsync(cancellationToken);
        return doomed.Count;
    }
}

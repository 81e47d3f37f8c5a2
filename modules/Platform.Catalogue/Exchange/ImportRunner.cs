using Dapper;
using Npgsql;

namespace Platform.Catalogue.Exchange;

/// <summary>
/// Runs one acknowledged import to its end. A session advisory lock on the job makes sure that only one runner, on any
/// host, works on it at a time; the job's drafts and its Completed state commit together, so running a job again after a
/// crash either finds it ended or writes it once.
/// </summary>
internal sealed class ImportRunner(NpgsqlDataSource dataSource, CatalogueExchange exchange, ImportJobs jobs)
{
    private const int LockSpace = 0x43_41_54; // "CAT"

    /// <summary>Stores an upload as a job and runs it in the background; the caller answers at once and the page polls the job.</summary>
    public async Task<Guid> StartAsync(string regionCode, string format, string actor, byte[] content, bool skipInvalid,
        CancellationToken cancellationToken)
    {
        var jobId = await jobs.StartAsync(regionCode, format, actor, content, skipInvalid, cancellationToken);
        _ = Task.Run(() => RunAsync(jobId, CancellationToken.None), CancellationToken.None);
        return jobId;
    }

    public async Task RunAsync(Guid jobId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var key = new { space = LockSpace, job = jobId.GetHashCode() };
        if (!await connection.ExecuteScalarAsync<bool>("SELECT pg_try_advisory_lock(@space, @job)", key)) return;
        try
        {
            if (await ImportJobs.PendingAsync(connection, jobId, cancellationToken) is not { } pending) return;
            await exchange.ImportAsync(pending.Id, pending.RegionCode, pending.Format, new MemoryStream(pending.Content), pending.StartedBy,
                pending.SkipInvalid, cancellationToken);
        }
        finally
        {
            await connection.ExecuteAsync("SELECT pg_advisory_unlock(@space, @job)", key);
        }
    }
}

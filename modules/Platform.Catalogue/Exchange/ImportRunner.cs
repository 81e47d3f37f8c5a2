using Dapper;
using Npgsql;

namespace Platform.Catalogue.Exchange;

/// <summary>
/// Runs one acknowledged import to its end. A session advisory lock on the job makes sure that only one runner, on any
/// host, works on it at a time; the job's drafts and its Completed state commit together, so running a job again after a
/// crash either finds it ended or writes it once.
/// </summary>
internal sealed class ImportRunner(NpgsqlDataSource dataSource, CatalogueExchange exchange)
{
    private const int LockSpace = 0x43_41_54; // "CAT"

    public async Task RunAsync(Guid jobId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var key = new { space = LockSpace, job = jobId.GetHashCode() };
        if (!await connection.ExecuteScalarAsync<bool>("SELECT pg_try_advisory_lock(@space, @job)", key)) return;
        try
        {
            if (await ImportJobs.PendingAsync(connection, jobId, cancellationToken) is not { } pending) return;
            await exchange.ImportAsync(pending.Id, pending.RegionCode, pending.Format, new MemoryStream(pending.Content), pending.StartedBy,
                cancellationToken);
        }
        finally
        {
            await connection.ExecuteAsync("SELECT pg_advisory_unlock(@space, @job)", key);
        }
    }
}

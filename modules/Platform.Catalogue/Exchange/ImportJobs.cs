using System.Text.Json;
using Dapper;
using Npgsql;
using Platform.Catalogue.Matters;
using Platform.Kernel;
using Platform.Kernel.Time;

namespace Platform.Catalogue.Exchange;

/// <summary>
/// Import job rows. Progress is written on its own connection, outside the import's transaction,
/// so a page polling the job sees it move while the import is still uncommitted.
/// </summary>
internal sealed class ImportJobs(NpgsqlDataSource dataSource, IClock clock)
{
    /// <summary>
    /// Records the job with its whole upload, so that once acknowledged it survives a host that dies before finishing it.
    /// With <paramref name="skipInvalid"/> the matters that break a rule are skipped and the others written; else one error writes nothing.
    /// </summary>
    public async Task<Guid> StartAsync(string regionCode, string format, string actor, byte[] content, bool skipInvalid,
        CancellationToken cancellationToken)
    {
        var id = Ids.New();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO catalogue.import_jobs (id, region_code, format, state, started_by, started_at, content, skip_invalid)
            VALUES (@id, @regionCode, @format, 'Running', @actor, @now, @content, @skipInvalid)
            """, new { id, regionCode, format, actor, now = clock.Now.ToUniversalTime(), content, skipInvalid });
        return id;
    }

    /// <summary>The jobs still running (unfinished, possibly orphaned by a host that died), oldest first.</summary>
    public async Task<IReadOnlyList<Guid>> RunningAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<Guid>(new CommandDefinition(
            "SELECT id FROM catalogue.import_jobs WHERE state = 'Running' ORDER BY started_at LIMIT 20", cancellationToken: cancellationToken))).ToList();
    }

    /// <summary>What a runner needs to (re)run a job: its region, format, actor and upload; null once it has ended.</summary>
    public static Task<PendingImport?> PendingAsync(NpgsqlConnection connection, Guid id, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<PendingImport?>(new CommandDefinition(
            "SELECT id, region_code, format, started_by, skip_invalid, content FROM catalogue.import_jobs WHERE id = @id AND state = 'Running' AND content IS NOT NULL",
            new { id }, cancellationToken: cancellationToken));

    public async Task ProgressAsync(Guid id, int processed, int total, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync("UPDATE catalogue.import_jobs SET processed = @processed, total = @total WHERE id = @id",
            new { id, processed, total });
    }

    /// <summary>Ends a job that wrote nothing: its errors are listed and its upload dropped.</summary>
    public async Task FailAsync(Guid id, IReadOnlyList<ImportError> errors, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await EndAsync(connection, null, id, "Failed", errors, 0);
    }

    /// <summary>
    /// Ends a job inside the transaction that wrote its drafts: both commit, or neither does and the job stays Running.
    /// <paramref name="skipped"/> lists the errors of the matters it left out.
    /// </summary>
    public Task CompleteAsync(NpgsqlTransaction transaction, Guid id, int imported, IReadOnlyList<ImportError> skipped) =>
        EndAsync(transaction.Connection!, transaction, id, "Completed", skipped, imported);

    private Task EndAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid id, string state,
        IReadOnlyList<ImportError> errors, int imported) =>
        connection.ExecuteAsync(
            """
            UPDATE catalogue.import_jobs
            SET state = @state, errors = @errors::jsonb, finished_at = @now, imported = @imported,
                processed = CASE WHEN @state = 'Failed' THEN processed ELSE total END, content = NULL
            WHERE id = @id AND state = 'Running'
            """,
            new { id, state, imported, errors = JsonSerializer.Serialize(errors, CatalogueJson.Options), now = clock.Now.ToUniversalTime() },
            transaction);

    public async Task<ImportJob?> FindAsync(string regionCode, Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<JobRow?>(
            """
            SELECT id, region_code, format, state, processed, total, errors::text AS errors, started_at, finished_at, skip_invalid, imported
            FROM catalogue.import_jobs WHERE id = @id AND region_code = @regionCode
            """, new { id, regionCode });
        return row?.ToJob();
    }

    private sealed record JobRow(Guid Id, string RegionCode, string Format, string State, int Processed, int Total, string Errors,
        DateTime StartedAt, DateTime? FinishedAt, bool SkipInvalid, int Imported)
    {
        public ImportJob ToJob() => new(Id, RegionCode, Format, State, Processed, Total,
            JsonSerializer.Deserialize<List<ImportError>>(Errors, CatalogueJson.Options) ?? [],
            new DateTimeOffset(DateTime.SpecifyKind(StartedAt, DateTimeKind.Utc)),
            FinishedAt is { } f ? new DateTimeOffset(DateTime.SpecifyKind(f, DateTimeKind.Utc)) : null, SkipInvalid, Imported);
    }
}

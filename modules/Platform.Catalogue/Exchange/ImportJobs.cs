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
    public async Task<Guid> StartAsync(string regionCode, string format, string actor, CancellationToken cancellationToken)
    {
        var id = Ids.New();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO catalogue.import_jobs (id, region_code, format, state, started_by, started_at)
            VALUES (@id, @regionCode, @format, 'Running', @actor, @now)
            """, new { id, regionCode, format, actor, now = clock.Now.ToUniversalTime() });
        return id;
    }

    public async Task ProgressAsync(Guid id, int processed, int total, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync("UPDATE catalogue.import_jobs SET processed = @processed, total = @total WHERE id = @id",
            new { id, processed, total });
    }

    public async Task FinishAsync(Guid id, IReadOnlyList<ImportError> errors, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            UPDATE catalogue.import_jobs
            SET state = @state, errors = @errors::jsonb, finished_at = @now, processed = CASE WHEN @failed THEN processed ELSE total END
            WHERE id = @id
            """,
            new
            {
                id, state = errors.Count > 0 ? "Failed" : "Completed", failed = errors.Count > 0,
                errors = JsonSerializer.Serialize(errors, CatalogueJson.Options), now = clock.Now.ToUniversalTime(),
            });
    }

    public async Task<ImportJob?> FindAsync(string regionCode, Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<JobRow?>(
            """
            SELECT id, region_code, format, state, processed, total, errors::text AS errors, started_at, finished_at
            FROM catalogue.import_jobs WHERE id = @id AND region_code = @regionCode
            """, new { id, regionCode });
        return row?.ToJob();
    }

    private sealed record JobRow(Guid Id, string RegionCode, string Format, string State, int Processed, int Total, string Errors,
        DateTime StartedAt, DateTime? FinishedAt)
    {
        public ImportJob ToJob() => new(Id, RegionCode, Format, State, Processed, Total,
            JsonSerializer.Deserialize<List<ImportError>>(Errors, CatalogueJson.Options) ?? [],
            new DateTimeOffset(DateTime.SpecifyKind(StartedAt, DateTimeKind.Utc)),
            FinishedAt is { } f ? new DateTimeOffset(DateTime.SpecifyKind(f, DateTimeKind.Utc)) : null);
    }
}

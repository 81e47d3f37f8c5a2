using Microsoft.Extensions.Logging;
using Platform.Kernel.Scheduling;

namespace Platform.Catalogue.Exchange;

/// <summary>Finishes the imports a host acknowledged but did not end (it died, or was stopped, mid-import).</summary>
internal sealed class ImportResumeJob(ImportJobs jobs, ImportRunner runner, ILogger<ImportResumeJob> logger) : IScheduledJob
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var id in await jobs.RunningAsync(cancellationToken))
        {
            logger.LogInformation("Resuming catalogue import {JobId}", id);
            try
            {
                await runner.RunAsync(id, cancellationToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // The job stays Running with its upload and is tried again on the next run; the others still go ahead.
                logger.LogError(error, "Catalogue import {JobId} failed; it will be retried", id);
            }
        }
    }
}

using Npgsql;

namespace Platform.Host.Database;

/// <summary>
/// While the host serves, looks at its embedded cluster every <c>Platform:DatabaseCheckSeconds</c> (default 5): when the
/// cluster is down (stopped by someone else, or crashed) the host starts it again; when it was restarted underneath the
/// host, the pooled connections to the old server are dropped. Either way requests succeed again within a few seconds,
/// and answer 503 problem+json meanwhile.
/// </summary>
internal sealed class EmbeddedPostgresWatch(EmbeddedPostgres cluster, NpgsqlDataSource dataSource, IConfiguration configuration,
    ILogger<EmbeddedPostgresWatch> logger) : BackgroundService
{
    public const int DefaultCheckSeconds = 5;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        cluster.TakeOverIfAbandoned();
        var postmaster = cluster.PostmasterId();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(configuration.GetValue("Platform:DatabaseCheckSeconds", DefaultCheckSeconds)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var running = cluster.PostmasterId();
                if (running is null)
                {
                    logger.LogWarning("The embedded PostgreSQL is not running; starting it again");
                    await cluster.StartAgainAsync(stoppingToken);
                    running = cluster.PostmasterId();
                }

                if (running == postmaster) continue;
                dataSource.Clear();
                postmaster = running;
                logger.LogInformation("The embedded PostgreSQL is serving again (process {Postmaster})", running);
            }
            catch (EmbeddedPostgresException error)
            {
                logger.LogError(error, "The embedded PostgreSQL could not be started again; trying at the next check");
            }
        }
    }
}

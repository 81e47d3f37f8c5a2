using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Platform.Host.Database;

/// <summary>
/// The platform's database: the server named by <c>ConnectionStrings:Platform</c>, or, when none
/// is set, the embedded cluster under <c>Platform:DataDirectory</c> (default <c>.data/</c>).
/// </summary>
public sealed class PlatformDatabase : IAsyncDisposable
{
    private const string EmbeddedDatabaseName = "platform";

    private PlatformDatabase(string connectionString, EmbeddedPostgres? embedded)
    {
        ConnectionString = connectionString;
        Embedded = embedded;
    }

    public string ConnectionString { get; }

    /// <summary>The embedded server when the platform runs its own; null with an external server.</summary>
    public EmbeddedPostgres? Embedded { get; }

    public static async Task<PlatformDatabase> OpenAsync(IConfiguration configuration, ILogger logger, CancellationToken cancellationToken)
    {
        var configured = configuration.GetConnectionString("Platform");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            logger.LogInformation("Using the PostgreSQL server named by ConnectionStrings:Platform");
            return new PlatformDatabase(configured, null);
        }

        var dataDirectory = configuration["Platform:DataDirectory"] ?? ".data";
        var embedded = await EmbeddedPostgres.StartAsync(dataDirectory, configuration["Platform:PostgresBinDirectory"], logger, cancellationToken);
        await embedded.EnsureDatabaseAsync(EmbeddedDatabaseName, cancellationToken);
        return new PlatformDatabase(embedded.ConnectionString(EmbeddedDatabaseName), embedded);
    }

    /// <summary>The database the configuration names, not started and never connected to: enough to compose the modules.</summary>
    public static PlatformDatabase NotOpened(IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString("Platform");
        return new PlatformDatabase(string.IsNullOrWhiteSpace(configured) ? $"Host=127.0.0.1;Database={EmbeddedDatabaseName}" : configured, null);
    }

    public async ValueTask DisposeAsync()
    {
        if (Embedded is not null) await Embedded.DisposeAsync();
    }
}

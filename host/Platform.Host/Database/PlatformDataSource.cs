using Npgsql;

namespace Platform.Host.Database;

/// <summary>
/// The one connection pool every module shares. Statements the platform runs again and again (a submission is some
/// thirty of them) are prepared on each pooled connection after their second use, so PostgreSQL parses and plans
/// them once per connection instead of once per request; a connection string that sets its own value keeps it.
/// </summary>
public static class PlatformDataSource
{
    public const int AutoPreparedStatements = 200;

    public static string Tune(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = AutoPreparedStatements;
            builder.AutoPrepareMinUsages = 2;
        }

        return builder.ConnectionString;
    }

    public static NpgsqlDataSource Create(string connectionString) => NpgsqlDataSource.Create(Tune(connectionString));
}

using Npgsql;

namespace Platform.Host.Database;

/// <summary>
/// The one connection pool every module shares. Statements the platform runs again and again (a submission is some
/// twenty of them) are prepared on each pooled connection after their second use, so PostgreSQL parses and plans
/// them once per connection instead of once per request. A connection going back to the pool is not reset (the reset is
/// seven statements PostgreSQL parses on every checkout): the platform leaves no session state behind — settings are
/// SET LOCAL, session advisory locks are released in a finally, nothing LISTENs or creates temporary tables. A
/// connection string that sets its own values keeps them.
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

        if (!connectionString.Contains("No Reset On Close", StringComparison.OrdinalIgnoreCase)) builder.NoResetOnClose = true;

        return builder.ConnectionString;
    }

    public static NpgsqlDataSource Create(string connectionString) => NpgsqlDataSource.Create(Tune(connectionString));
}

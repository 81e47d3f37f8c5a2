using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Platform.Kernel.Database;

/// <summary>
/// Applies modules' migrations in the order given, each in its own transaction, under a
/// PostgreSQL advisory lock so hosts starting together apply each script exactly once.
/// </summary>
public sealed class Migrator(NpgsqlDataSource dataSource, ILogger<Migrator> logger)
{
    private const long AdvisoryLockKey = 0x504C_4154_4D49_47; // "PLATMIG"

    public async Task<IReadOnlyList<MigrationScript>> ApplyAsync(IReadOnlyList<MigrationScript> scripts, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync("SELECT pg_advisory_lock(@key)", new { key = AdvisoryLockKey });
        try
        {
            await connection.ExecuteAsync(
                """
                CREATE SCHEMA IF NOT EXISTS platform;
                CREATE TABLE IF NOT EXISTS platform.schema_migrations (
                    module      text        NOT NULL,
                    number      integer     NOT NULL,
                    file_name   text        NOT NULL,
                    checksum    text        NOT NULL,
                    applied_at  timestamptz NOT NULL DEFAULT now(),
                    PRIMARY KEY (module, number)
                );
                """);
            var applied = (await connection.QueryAsync<AppliedMigration>(
                    "SELECT module, number, file_name AS FileName, checksum FROM platform.schema_migrations"))
                .ToDictionary(m => (m.Module, m.Number));

            var newlyApplied = new List<MigrationScript>();
            foreach (var script in scripts)
            {
                if (applied.TryGetValue((script.Module, script.Number), out var existing))
                {
                    if (existing.Checksum != script.Checksum)
                        throw new MigrationChangedException(script, existing.Checksum);
                    continue;
                }

                await ApplyOneAsync(connection, script, cancellationToken);
                newlyApplied.Add(script);
                logger.LogInformation("Applied migration {Module}/{File}", script.Module, script.FileName);
            }

            return newlyApplied;
        }
        finally
        {
            await connection.ExecuteAsync("SELECT pg_advisory_unlock(@key)", new { key = AdvisoryLockKey });
        }
    }

    private static async Task ApplyOneAsync(NpgsqlConnection connection, MigrationScript script, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var schema = QuoteIdentifier(script.Schema);
        await connection.ExecuteAsync($"CREATE SCHEMA IF NOT EXISTS {schema}; SET LOCAL search_path TO {schema}, public;", transaction: transaction);
        try
        {
            await connection.ExecuteAsync(script.Sql, transaction: transaction);
        }
        catch (PostgresException error)
        {
            throw new InvalidOperationException(
                $"Migration {script.Module}/{script.FileName} failed: {error.MessageText}", error);
        }

        await connection.ExecuteAsync(
            "INSERT INTO platform.schema_migrations (module, number, file_name, checksum) VALUES (@Module, @Number, @FileName, @Checksum)",
            new { script.Module, script.Number, script.FileName, script.Checksum }, transaction);
        await transaction.CommitAsync(cancellationToken);
    }

    private static string QuoteIdentifier(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";

    private sealed record AppliedMigration(string Module, int Number, string FileName, string Checksum);
}

/// <summary>An applied migration's file was edited afterwards; the start stops rather than drift.</summary>
public sealed class MigrationChangedException(MigrationScript script, string appliedChecksum) : Exception(
    $"Migration {script.Module}/{script.FileName} was changed after it was applied " +
    $"(applied checksum {appliedChecksum[..12]}, file now {script.Checksum[..12]}). " +
    "Applied migrations are never edited: restore the file and add a new numbered migration instead.")
{
    public MigrationScript Script { get; } = script;
}

using Npgsql;
using Platform.Catalogue.Contracts;
using Platform.Kernel.Time;

namespace Platform.Catalogue.Matters;

internal sealed class CatalogueReader(NpgsqlDataSource dataSource, IClock clock) : ICatalogue
{
    public async Task<MatterVersion?> InForceAsync(string regionCode, string code, DateTimeOffset instant, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await MatterReads.InForceAsync(connection, regionCode, code, instant))?.ToVersion();
    }

    public NpgsqlBatchCommand InForceIdCommand(string regionCode, string code, DateTimeOffset instant) =>
        MatterReads.InForceIdCommand(regionCode, code, instant);

    public async Task<Guid?> InForceIdAsync(string regionCode, string code, DateTimeOffset instant, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection) { BatchCommands = { MatterReads.InForceIdCommand(regionCode, code, instant) } };
        return await batch.ExecuteScalarAsync(cancellationToken) as Guid?;
    }

    public async Task<MatterVersion?> VersionAsync(Guid versionId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await MatterReads.ByIdAsync(connection, versionId))?.ToVersion();
    }

    public async Task<MatterPage> SearchPublishedAsync(string regionCode, MatterQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await MatterReads.SearchAsync(connection, regionCode, query, clock.Now, publishedOnly: true);
    }
}

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

    public async Task<Guid?> InForceIdAsync(string regionCode, string code, DateTimeOffset instant, NpgsqlTransaction? transaction,
        CancellationToken cancellationToken)
    {
        if (transaction is not null) return await MatterReads.InForceIdAsync(transaction.Connection!, transaction, regionCode, code, instant);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await MatterReads.InForceIdAsync(connection, null, regionCode, code, instant);
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

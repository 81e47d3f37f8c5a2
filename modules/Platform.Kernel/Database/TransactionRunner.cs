using Npgsql;

namespace Platform.Kernel.Database;

internal sealed class TransactionRunner(NpgsqlDataSource dataSource) : ITransactionRunner
{
    public async Task<T> RunAsync<T>(Func<NpgsqlTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await work(transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}

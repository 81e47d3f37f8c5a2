using Npgsql;

namespace Platform.Kernel.Database;

/// <summary>
/// The transaction seam: a state change, its audit record and its deadline rows go through one
/// transaction, committed together or not at all.
/// </summary>
public interface ITransactionRunner
{
    Task<T> RunAsync<T>(Func<NpgsqlTransaction, Task<T>> work, CancellationToken cancellationToken);
}

using Dapper;
using Npgsql;

namespace Platform.Kernel.Database;

/// <summary>
/// The result sets of an <see cref="NpgsqlBatch"/>, read one after another and mapped by Dapper. Statements that return no
/// rows (inserts, updates without RETURNING) have no result set here: the first one read is the first query's.
/// </summary>
public sealed class BatchResults(NpgsqlDataReader reader) : IAsyncDisposable
{
    private bool ended;

    public async Task<List<T>> ReadAsync<T>(CancellationToken cancellationToken = default)
    {
        if (ended) throw new InvalidOperationException("The batch's results were already ended.");
        var parse = reader.GetRowParser<T>();
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken)) rows.Add(parse(reader));
        await reader.NextResultAsync(cancellationToken);
        return rows;
    }

    public async Task<T?> ReadSingleOrDefaultAsync<T>(CancellationToken cancellationToken = default) =>
        await ReadAsync<T>(cancellationToken) switch
        {
            [] => default,
            [var one] => one,
            _ => throw new InvalidOperationException($"The query for {typeof(T).Name} returned more than one row."),
        };

    /// <summary>Reads past what is left and frees the connection for the next command (the batch's row counts are final then).</summary>
    public async ValueTask EndAsync()
    {
        if (ended) return;
        ended = true;
        await reader.DisposeAsync();
    }

    public ValueTask DisposeAsync() => EndAsync();
}

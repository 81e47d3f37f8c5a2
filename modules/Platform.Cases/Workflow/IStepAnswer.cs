using Npgsql;
using Platform.Kernel.Database;

namespace Platform.Cases.Workflow;

/// <summary>
/// What a step answers its caller with, read in the step's own round trip: <see cref="Reads"/> go in the step's batch after
/// its writes (so they see them), and <see cref="ReadAsync"/> maps their results before the transaction commits.
/// </summary>
internal interface IStepAnswer<T>
{
    IReadOnlyList<NpgsqlBatchCommand> Reads(CaseRow row);

    /// <summary>Whether <see cref="ReadAsync"/> will use the transaction after the batch (then the batch cannot carry the commit).</summary>
    bool ReadsAfterBatch(CaseRow row);

    /// <summary>Maps the results of <see cref="Reads"/>; it may end <paramref name="results"/> and use the transaction for more.</summary>
    Task<T> ReadAsync(NpgsqlTransaction transaction, CaseRow row, BatchResults results, CancellationToken cancellationToken);

    /// <summary>The answer for a step that wrote nothing (a retried submission answers with the case the first attempt made).</summary>
    Task<T> ReadAloneAsync(NpgsqlTransaction transaction, CaseRow row, CancellationToken cancellationToken);
}

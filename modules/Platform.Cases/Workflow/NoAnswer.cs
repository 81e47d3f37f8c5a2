using Npgsql;
using Platform.Kernel.Database;

namespace Platform.Cases.Workflow;

/// <summary>A step whose caller needs nothing read back: its answer is the case row it already holds.</summary>
internal sealed class NoAnswer : IStepAnswer<CaseRow>
{
    public static readonly NoAnswer Instance = new();

    public IReadOnlyList<NpgsqlBatchCommand> Reads(CaseRow row) => [];

    public bool ReadsAfterBatch(CaseRow row) => false;

    public Task<CaseRow> ReadAsync(NpgsqlTransaction transaction, CaseRow row, BatchResults results, CancellationToken cancellationToken) =>
        Task.FromResult(row);

    public Task<CaseRow> ReadAloneAsync(NpgsqlTransaction transaction, CaseRow row, CancellationToken cancellationToken) => Task.FromResult(row);
}

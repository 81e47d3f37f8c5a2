using Npgsql;

namespace Platform.Cases.Contracts;

/// <summary>
/// Told of every recorded step, like <see cref="ICaseStepObserver"/>, by a module whose whole work on a step is writes that
/// need nothing back (statistics, notices): it answers them as commands, and they go to the database with the step's own
/// writes, in the step's transaction, in one round trip. The commands return no rows (no RETURNING at their outer level):
/// the reads of the step's answer follow them in the batch and are mapped in order.
/// </summary>
public interface ICaseStepWriter
{
    ValueTask<IReadOnlyList<NpgsqlBatchCommand>> WritesAsync(CaseStepRecorded step, CancellationToken cancellationToken);
}

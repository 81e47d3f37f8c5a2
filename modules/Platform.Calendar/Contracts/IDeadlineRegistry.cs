using Npgsql;

namespace Platform.Calendar.Contracts;

/// <summary>
/// The deadlines other modules keep (a case's committed time limit, a correction period). Every call
/// joins the caller's transaction, so a state change and its deadline rows commit together. The due
/// date is stored and kept current, also when the calendar changes under an open deadline.
/// </summary>
public interface IDeadlineRegistry
{
    Task<Guid> OpenAsync(NpgsqlTransaction transaction, OpenDeadline deadline, CancellationToken cancellationToken);

    /// <summary>Stops the clock (法定不计时) from <paramref name="at"/>; refused while already suspended or closed.</summary>
    Task SuspendAsync(NpgsqlTransaction transaction, Guid deadlineId, DateTimeOffset at, string reason, CancellationToken cancellationToken);

    /// <summary>Starts the clock again; the rest of the limit counts from the day after <paramref name="at"/>.</summary>
    Task ResumeAsync(NpgsqlTransaction transaction, Guid deadlineId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>An approved extension (延期): the due date moves by <paramref name="workingDays"/> working days.</summary>
    Task ExtendAsync(NpgsqlTransaction transaction, Guid deadlineId, int workingDays, string reason, CancellationToken cancellationToken);

    Task CloseAsync(NpgsqlTransaction transaction, Guid deadlineId, DateTimeOffset at, CancellationToken cancellationToken);

    Task<DeadlineState> GetAsync(NpgsqlTransaction transaction, Guid deadlineId, CancellationToken cancellationToken);
}

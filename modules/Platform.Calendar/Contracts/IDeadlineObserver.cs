using Npgsql;

namespace Platform.Calendar.Contracts;

/// <summary>
/// A module that keeps a copy of its deadlines' due dates (to sort queues by them) registers one of
/// these for its subject type. When a calendar change moves open deadlines, it is told in the same
/// transaction, so the copies never disagree with the registry.
/// </summary>
public interface IDeadlineObserver
{
    string SubjectType { get; }

    Task DueDatesMovedAsync(NpgsqlTransaction transaction, IReadOnlyList<MovedDeadline> moved, CancellationToken cancellationToken);
}

/// <summary>A deadline whose due date a calendar change recomputed.</summary>
public sealed record MovedDeadline(Guid DeadlineId, string SubjectId, DeadlineAnswer Due);

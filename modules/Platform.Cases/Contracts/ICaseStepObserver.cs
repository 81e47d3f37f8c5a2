using Npgsql;

namespace Platform.Cases.Contracts;

/// <summary>
/// Told of every recorded step inside the step's transaction, so a module that follows cases (a bundle
/// waiting for its members, statistics kept up to date, a project stage) commits with the case or not at all.
/// </summary>
public interface ICaseStepObserver
{
    Task OnStepAsync(NpgsqlTransaction transaction, CaseStepRecorded step, CancellationToken cancellationToken);
}

/// <summary>A step as recorded: which case, what happened, by whom, and where the case stands after it.</summary>
public sealed record CaseStepRecorded(
    Guid CaseId,
    string Number,
    string RegionCode,
    string MatterCode,
    string HandlingUnitCode,
    string Channel,
    string? IntakeRoute,
    CaseAction Action,
    CaseState? FromState,
    CaseState ToState,
    DateTimeOffset OccurredAt,
    string ActorId,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? AcceptedAt,
    DateOnly? DueDate);

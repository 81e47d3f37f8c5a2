using System.Text.Json;
using Npgsql;

namespace Platform.Cases.Contracts;

/// <summary>
/// Told of every recorded step inside the step's transaction, so a module that follows cases (a bundle
/// waiting for its members, statistics kept up to date, a project stage) commits with the case or not at all.
/// </summary>
public interface ICaseStepObserver
{
    /// <summary>
    /// Whether <see cref="OnStepAsync"/> has anything to do for this step, decided from the step alone; it is called only for
    /// the steps it follows. A step no observer follows may commit in the same round trip as its writes.
    /// </summary>
    bool Follows(CaseStepRecorded step);

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
    DateOnly? DueDate)
{
    /// <summary>The case's version after the step: with <see cref="CaseId"/>, a key unique to the step.</summary>
    public int Version { get; init; }

    public string MatterName { get; init; } = "";

    /// <summary>The applicant: the platform user id of an online applicant, or the id the window recorded.</summary>
    public string ApplicantId { get; init; } = "";

    /// <summary>What the timeline records about the step (tracking number, deferred materials, reason...), as on the case's timeline.</summary>
    public JsonElement Data { get; init; }
}

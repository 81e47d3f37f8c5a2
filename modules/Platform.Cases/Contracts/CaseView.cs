using System.Text.Json;

namespace Platform.Cases.Contracts;

/// <summary>A case as people see it: state, deadline, materials, review, timeline, and what comes next.</summary>
public sealed record CaseView(
    Guid Id,
    string Number,
    string QueryCode,
    string RegionCode,
    string MatterCode,
    string MatterName,
    Guid MatterVersionId,
    string HandlingUnitCode,
    string ApplicantId,
    string ApplicantName,
    string? EnterpriseCode,
    string Channel,
    string State,
    string StateName,
    int Version,
    string? IntakeRoute,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? AcceptedAt,
    DateTimeOffset? DecidedAt,
    DateTimeOffset? DeliveredAt,
    DeadlineView? Deadline,
    DecisionRecord? Decision,
    JsonElement? Delivery,
    IReadOnlyList<MaterialView> Materials,
    IReadOnlyList<ReviewStepView> ReviewSteps,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<string> AllowedActions,
    string NextForApplicant)
{
    /// <summary>The e-seal on the decision (电子印章), once decided: the handling unit's, or the one routing gave the case.</summary>
    public string? SealReference { get; init; }

    /// <summary>The unit that countersigns the result where another body requires its seal (见章盖章), without responsibility.</summary>
    public string? CountersigningUnitCode { get; init; }
}

/// <summary>The committed deadline now: due date, whether it is provisional, warning level, working days left.</summary>
public sealed record DeadlineView(DateOnly Due, bool Provisional, string Warning, int RemainingWorkingDays, string Status);

public sealed record MaterialView(string Code, string Name, bool Required, bool Core, string Status, Guid? FileId,
    string? LicenceReference, DateOnly? DeferredDueDate);

public sealed record ReviewStepView(int Ordinal, string UnitCode, DateTimeOffset? CompletedAt, bool? Agrees, string? Opinion);

public sealed record TimelineEntry(int Sequence, DateTimeOffset OccurredAt, string ActorName, string? UnitCode, string Action,
    string ActionName, string? FromState, string ToState, JsonElement Data);

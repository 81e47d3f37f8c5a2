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

    /// <summary>How the applicant chose to receive the result (changeable until dispatch); null when no choice was made.</summary>
    public DeliveryChoice? DeliveryChoice { get; init; }

    /// <summary>The applicant's e-signatures on the case (application, commitment).</summary>
    public IReadOnlyList<CaseSignatureView> Signatures { get; init; } = [];

    /// <summary>The courier dispatches of the result, in order; a failed one is followed by a retry or a window pick-up.</summary>
    public IReadOnlyList<CourierOrderView> CourierOrders { get; init; } = [];

    /// <summary>The payment order, when the matter charges a fee and one was opened.</summary>
    public PaymentOrderView? Payment { get; init; }
}

/// <summary>The committed deadline now: due date, whether it is provisional, warning level, working days left.</summary>
public sealed record DeadlineView(DateOnly Due, bool Provisional, string Warning, int RemainingWorkingDays, string Status);

public sealed record MaterialView(string Code, string Name, bool Required, bool Core, string Status, Guid? FileId,
    string? LicenceReference, DateOnly? DeferredDueDate)
{
    /// <summary>The shared source that satisfied the material (数据共享), e.g. 江苏省电子证照库; null when the applicant handed it in.</summary>
    public string? SharedSource { get; init; }
}

public sealed record ReviewStepView(int Ordinal, string UnitCode, DateTimeOffset? CompletedAt, bool? Agrees, string? Opinion);

public sealed record TimelineEntry(int Sequence, DateTimeOffset OccurredAt, string ActorName, string? UnitCode, string Action,
    string ActionName, string? FromState, string ToState, JsonElement Data);

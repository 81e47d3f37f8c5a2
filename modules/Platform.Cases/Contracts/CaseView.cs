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

    /// <summary>The application form as the deciding department reads it: each field the applicant filled, by its label.</summary>
    public IReadOnlyList<FormFieldView> ApplicationForm { get; init; } = [];

    /// <summary>The post-verification (告知承诺核查) of a decision made on the applicant's commitment, when there is one.</summary>
    public PostVerificationView? PostVerification { get; init; }

    /// <summary>The suspensions (挂起) for special procedures, in order, each with its procedure's limit.</summary>
    public IReadOnlyList<SuspensionView> Suspensions { get; init; } = [];

    /// <summary>The special procedures the matter declares, the only ones a suspension may be for.</summary>
    public IReadOnlyList<ProcedureView> Procedures { get; init; } = [];
}

/// <summary>One filled field of the application form: its label and what the applicant wrote.</summary>
public sealed record FormFieldView(string Label, string Value);

/// <summary>A special procedure a matter declares: its kind (the suspension's <c>procedure</c>), name and limit in words (7个自然日).</summary>
public sealed record ProcedureView(string Kind, string Name, string LimitText);

/// <summary>
/// A post-verification: the unit that verifies, its due date, and once recorded the result (<c>verified</c>, <c>false</c>, or
/// <c>cancelled</c> when the decision was revoked another way), whether the commitment held, the findings and who recorded them.
/// </summary>
public sealed record PostVerificationView(Guid Id, string UnitCode, DateOnly Due, DateTimeOffset? CompletedAt, string? Result, bool? Verified,
    string? Findings, string? VerifiedByName)
{
    public string ResultName => Result switch
    {
        "verified" => "核查属实",
        "false" => "承诺不实",
        "cancelled" => "决定已撤销，无需核查",
        _ => "待核查",
    };
}

/// <summary>A suspension for a special procedure: its name, when it started, by when its procedure's limit runs out, and when it ended.</summary>
public sealed record SuspensionView(string Procedure, string ProcedureName, string Reason, DateTimeOffset StartedAt, DateOnly Due,
    DateTimeOffset? EndedAt, string? Result);

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

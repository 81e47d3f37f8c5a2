using Platform.Cases.Contracts;

namespace Platform.Cases.Workflow;

/// <summary>A case as stored; steps produce a changed copy.</summary>
internal sealed record CaseRow(
    Guid Id,
    string Number,
    string QueryCode,
    string RegionCode,
    string MatterCode,
    Guid MatterVersionId,
    string MatterName,
    string HandlingUnitCode,
    string ApplicantId,
    string ApplicantName,
    string ApplicantKind,
    string? EnterpriseCode,
    string Channel,
    CaseState State,
    int Version,
    string? IntakeRoute,
    string Form,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? AcceptedAt,
    DateTimeOffset? DecidedAt,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset? ClosedAt,
    Guid? DeadlineId,
    DateOnly? DueDate,
    DateTimeOffset? DueAt,
    bool DueProvisional,
    string? Decision,
    string? Delivery,
    string? SealReference = null,
    string? CountersigningUnitCode = null,
    string? RoutingReason = null,
    string? DeliveryChoice = null);

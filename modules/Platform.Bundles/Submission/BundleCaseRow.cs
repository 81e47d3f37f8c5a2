using Platform.Bundles.Domain;

namespace Platform.Bundles.Submission;

/// <summary>A bundle case as stored.</summary>
internal sealed record BundleCaseRow(
    Guid Id, string Number, string RegionCode, string BundleCode, Guid BundleVersionId, string BundleName, string? Zone,
    string ApplicantId, string ApplicantName, string? EnterpriseCode, string SubmittedBy, string Answers, string Form,
    string State, int Version, string? IntakeUnit, Guid? DeadlineId, DateOnly? DueDate, bool DueProvisional,
    DateTime SubmittedAt, DateTime? AcceptedAt, DateTime? CompletedAt, DateTime? DeliveredAt, string? FailureReason)
{
    public const string Columns = """
        id, number, region_code, bundle_code, bundle_version_id, bundle_name, zone, applicant_id, applicant_name, enterprise_code,
        submitted_by, answers::text AS answers, form::text AS form, state, version, intake_unit, deadline_id, due_date, due_provisional,
        submitted_at, accepted_at, completed_at, delivered_at, failure_reason
        """;

    public BundleCaseState CaseState => Enum.Parse<BundleCaseState>(State);
}

/// <summary>A member case as the bundle keeps it.</summary>
internal sealed record BundleMemberRow(Guid BundleCaseId, Guid CaseId, string CaseNumber, string MatterCode, string MatterName, string State,
    DateOnly? DueDate);

namespace Platform.Bundles.Contracts;

/// <summary>A bundle case (一件事办件) with every member case's state and due date.</summary>
public sealed record BundleCaseView(
    Guid Id,
    string Number,
    string RegionCode,
    string BundleCode,
    string BundleName,
    Guid BundleVersionId,
    string ApplicantId,
    string ApplicantName,
    string? EnterpriseCode,
    string State,
    string StateName,
    int Version,
    string? Zone,
    string? IntakeUnit,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? AcceptedAt,
    DateTimeOffset? CompletedAt,
    DateTimeOffset? DeliveredAt,
    string? FailureReason,
    DateOnly? DueDate,
    bool DueProvisional,
    IReadOnlyDictionary<string, string> Answers,
    IReadOnlyList<BundleMemberView> Members);

/// <summary>One member case as the bundle follows it.</summary>
public sealed record BundleMemberView(Guid CaseId, string Number, string MatterCode, string MatterName, string State, DateOnly? DueDate);

/// <summary>Reads bundle cases for other modules (supervision, statistics); they check their own callers' scope.</summary>
public interface IBundleCaseReader
{
    Task<BundleCaseView?> GetAsync(Guid bundleCaseId, CancellationToken cancellationToken);
}

using Platform.Catalogue.Contracts;

namespace Platform.Cases.Contracts;

/// <summary>
/// The steps other modules take on cases they run (a bundle accepted at one window, a project stage).
/// Each takes the version the caller saw and answers 409 problems as the API does.
/// </summary>
public interface ICaseWorkflow
{
    Task<CaseView> AcceptAsync(Guid caseId, int version, CaseActor actor, CancellationToken cancellationToken);

    Task<CaseView> TolerantAcceptAsync(Guid caseId, int version, bool commitmentLetterSigned, CaseActor actor, CancellationToken cancellationToken);

    Task<CaseView> AcceptOnCommitmentAsync(Guid caseId, int version, bool commitmentLetterSigned, CaseActor actor, CancellationToken cancellationToken);

    Task<CaseView> CompleteReviewStepAsync(Guid caseId, int version, bool agrees, string opinion, CaseActor actor, CancellationToken cancellationToken);

    Task<CaseView> DecideAsync(Guid caseId, int version, bool approve, string reasons, string? legalBasis, CaseActor actor, CancellationToken cancellationToken);

    /// <summary>挂起 for one of the special procedures the matter declares (its kind, e.g. <c>PublicNotice</c>); any other is refused with 422.</summary>
    Task<CaseView> SuspendAsync(Guid caseId, int version, string procedure, string reason, CaseActor actor, CancellationToken cancellationToken);

    /// <summary>
    /// The verifying unit records a commitment's post-verification (告知承诺核查): verified, or false with findings, which revokes
    /// the decision and its licences and lists the applicant as dishonest.
    /// </summary>
    Task<CaseView> RecordVerificationAsync(Guid caseId, int version, bool verified, string? findings, CaseActor actor,
        CancellationToken cancellationToken);

    /// <summary>送达 of a decided case by a method its matter offers (a courier needs its tracking number).</summary>
    Task<CaseView> DeliverAsync(Guid caseId, int version, DeliveryMethod method, string? trackingNumber, string? note, CaseActor actor,
        CancellationToken cancellationToken);
}

using Platform.Cases.Contracts;
using Platform.Catalogue.Contracts;
using Platform.Cases.Decision;
using Platform.Cases.Delivery;
using Platform.Cases.Intake;
using Platform.Cases.Review;
using Platform.Cases.Tracking;

namespace Platform.Cases.Workflow;

/// <summary>The steps other modules take, through the same handlers as the API; answers with the case as it now stands.</summary>
internal sealed class CaseWorkflow(AcceptCase accept, ReviewSteps review, DecideCase decide, DeliverResult deliver, CaseQueries queries,
    Verification.RecordVerification verification) : ICaseWorkflow
{
    public async Task<CaseView> AcceptAsync(Guid caseId, int version, CaseActor actor, CancellationToken cancellationToken) =>
        await ViewAsync(await accept.AcceptAsync(caseId, version, actor, cancellationToken), cancellationToken);

    public async Task<CaseView> TolerantAcceptAsync(Guid caseId, int version, bool commitmentLetterSigned, CaseActor actor, CancellationToken cancellationToken) =>
        await ViewAsync(await accept.TolerantAcceptAsync(caseId, version, commitmentLetterSigned, actor, cancellationToken), cancellationToken);

    public async Task<CaseView> AcceptOnCommitmentAsync(Guid caseId, int version, bool commitmentLetterSigned, CaseActor actor, CancellationToken cancellationToken) =>
        await ViewAsync(await accept.AcceptOnCommitmentAsync(caseId, version, commitmentLetterSigned, actor, cancellationToken), cancellationToken);

    public async Task<CaseView> CompleteReviewStepAsync(Guid caseId, int version, bool agrees, string opinion, CaseActor actor, CancellationToken cancellationToken) =>
        await ViewAsync(await review.CompleteStepAsync(caseId, version, agrees, opinion, actor, cancellationToken), cancellationToken);

    public async Task<CaseView> DecideAsync(Guid caseId, int version, bool approve, string reasons, string? legalBasis, CaseActor actor, CancellationToken cancellationToken) =>
        await ViewAsync(await decide.HandleAsync(caseId, version, approve, reasons, legalBasis, actor, cancellationToken), cancellationToken);

    public async Task<CaseView> SuspendAsync(Guid caseId, int version, string procedure, string reason, CaseActor actor,
        CancellationToken cancellationToken) =>
        await ViewAsync(await review.SuspendAsync(caseId, version, procedure, reason, actor, cancellationToken), cancellationToken);

    public async Task<CaseView> RecordVerificationAsync(Guid caseId, int version, bool verified, string? findings, CaseActor actor,
        CancellationToken cancellationToken) =>
        await ViewAsync(await verification.HandleAsync(caseId, version, verified, findings, actor, cancellationToken), cancellationToken);

    public async Task<CaseView> DeliverAsync(Guid caseId, int version, DeliveryMethod method, string? trackingNumber, string? note, CaseActor actor,
        CancellationToken cancellationToken) =>
        await ViewAsync(await deliver.HandleAsync(caseId, version, method, trackingNumber, note, actor, cancellationToken), cancellationToken);

    private async Task<CaseView> ViewAsync(CaseRow row, CancellationToken cancellationToken) =>
        await queries.GetAsync(row.Id, cancellationToken) ?? throw new InvalidOperationException($"Case {row.Number} vanished after a step.");
}

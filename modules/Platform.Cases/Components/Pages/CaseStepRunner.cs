using Platform.Catalogue.Contracts;
using Platform.Cases.Api;
using Platform.Cases.Components.Staff;
using Platform.Cases.Contracts;
using Platform.Cases.Correction;
using Platform.Cases.Decision;
using Platform.Cases.Delivery;
using Platform.Cases.Intake;
using Platform.Cases.Review;
using Platform.Cases.Tracking;
using Platform.Cases.Workflow;
using Platform.Kernel.Errors;

namespace Platform.Cases.Components.Pages;

/// <summary>Runs a step posted from the case page through the same services and checks as the API.</summary>
internal sealed class CaseStepRunner(CaseAccess access, AcceptCase accept, RejectAtIntake reject, CorrectionSteps corrections,
    ReviewSteps review, DecideCase decide, DeliverResult deliver, ChooseDelivery choose, DeliveryOutcome delivery, Withdrawal.WithdrawCase withdraw,
    Withdrawal.RevokeDecision revoke, Verification.RecordVerification verification)
{
    public async Task RunAsync(CaseView view, CaseStepForm form, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<CaseAction>(form.Action, out var action))
            throw PlatformProblem.Invalid("case.step.unknown", "action", "未知的办理操作。");
        var actor = await access.DemandStepAsync(view, action, cancellationToken);
        var (id, v) = (view.Id, form.Version);
        _ = action switch
        {
            CaseAction.Accept => await accept.AcceptAsync(id, v, actor, cancellationToken),
            CaseAction.TolerantAccept => await accept.TolerantAcceptAsync(id, v, form.CommitmentLetterSigned, actor, cancellationToken,
                StaffStepInput.Deferred(form)),
            CaseAction.AcceptOnCommitment => await accept.AcceptOnCommitmentAsync(id, v, form.CommitmentLetterSigned, actor, cancellationToken),
            CaseAction.RejectAtIntake => await reject.HandleAsync(id, v, form.Reason ?? "", actor, cancellationToken),
            CaseAction.RequestCorrection => await corrections.RequestAsync(id, v, StaffStepInput.CorrectionItems(view, form), actor, cancellationToken),
            CaseAction.CompleteReviewStep => await review.CompleteStepAsync(id, v,
                Checked(ReviewSteps.CheckOpinion(form.Agrees, form.Opinion), form.Agrees), form.Opinion!, actor, cancellationToken),
            CaseAction.Suspend => await review.SuspendAsync(id, v,
                Checked(ReviewSteps.CheckSuspension(form.Procedure, form.Reason), form.Procedure), form.Reason!, actor, cancellationToken),
            CaseAction.Resume => await review.ResumeAsync(id, v, form.Reason, actor, cancellationToken),
            CaseAction.Extend => await review.ExtendAsync(id, v, form.WorkingDays, form.Reason ?? "", actor, cancellationToken),
            CaseAction.Decide => await decide.HandleAsync(id, v,
                Checked(DecideCase.Check(form.Approve, form.Reason, form.LegalBasis), form.Approve), form.Reason!, form.LegalBasis, actor, cancellationToken),
            CaseAction.Deliver => await deliver.HandleAsync(id, v,
                Checked(DeliverResult.Check(Method(form.Method) ?? view.DeliveryChoice?.Method, form.TrackingNumber), Method(form.Method) ?? view.DeliveryChoice?.Method),
                form.TrackingNumber, form.Note, actor, cancellationToken),
            CaseAction.ChooseDelivery => await choose.HandleAsync(id, v, new DeliveryChoiceInput(form.Method, form.Address, form.Recipient, form.Phone),
                actor, cancellationToken),
            CaseAction.ConfirmDelivery => await delivery.ConfirmAsync(id, v, form.ReceivedBy, actor, cancellationToken),
            CaseAction.ReportDeliveryFailure => await delivery.FailAsync(id, v, form.Reason ?? "", form.Next ?? "", form.TrackingNumber, actor,
                cancellationToken),
            CaseAction.Withdraw => await withdraw.HandleAsync(id, v, form.Reason ?? "", actor, cancellationToken),
            CaseAction.Revoke => await revoke.HandleAsync(id, v, form.Method ?? "", form.LegalBasis ?? "", actor, cancellationToken),
            CaseAction.RecordVerification => await verification.HandleAsync(id, v, form.Verified, form.Findings, actor, cancellationToken),
            _ => throw PlatformProblem.Invalid("case.step.not_on_page", "action", "该操作请在相应页面办理。"),
        };
    }

    /// <summary>
    /// The choice a step needs (a verdict, a procedure, a method), once the step's rules have all been checked: a form left with no
    /// choice is refused with every other error it has, not with the missing choice alone.
    /// </summary>
    private static T Checked<T>(FieldErrors errors, T? choice) where T : struct
    {
        errors.ThrowIfAny();
        return choice!.Value;
    }

    private static string Checked(FieldErrors errors, string? choice)
    {
        errors.ThrowIfAny();
        return choice!;
    }

    private static DeliveryMethod? Method(string? method) => Enum.TryParse<DeliveryMethod>(method, out var parsed) ? parsed : null;
}

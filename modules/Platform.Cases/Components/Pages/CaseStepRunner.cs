using Platform.Catalogue.Contracts;
using Platform.Cases.Api;
using Platform.Cases.Contracts;
using Platform.Cases.Correction;
using Platform.Cases.Decision;
using Platform.Cases.Delivery;
using Platform.Cases.Intake;
using Platform.Cases.Review;
using Platform.Cases.Tracking;
using Platform.Kernel.Errors;

namespace Platform.Cases.Components.Pages;

/// <summary>Runs a step posted from the case page through the same services and checks as the API.</summary>
internal sealed class CaseStepRunner(CaseAccess access, AcceptCase accept, RejectAtIntake reject, CorrectionSteps corrections,
    ReviewSteps review, DecideCase decide, DeliverResult deliver, DeliveryOutcome delivery, Withdrawal.WithdrawCase withdraw,
    Withdrawal.RevokeDecision revoke)
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
            CaseAction.TolerantAccept => await accept.TolerantAcceptAsync(id, v, form.CommitmentLetterSigned, actor, cancellationToken),
            CaseAction.AcceptOnCommitment => await accept.AcceptOnCommitmentAsync(id, v, form.CommitmentLetterSigned, actor, cancellationToken),
            CaseAction.RejectAtIntake => await reject.HandleAsync(id, v, form.Reason ?? "", actor, cancellationToken),
            CaseAction.RequestCorrection => await corrections.RequestAsync(id, v, Items(view, form.CorrectionItems), actor, cancellationToken),
            CaseAction.CompleteReviewStep => await review.CompleteStepAsync(id, v, form.Agrees, form.Opinion ?? "", actor, cancellationToken),
            CaseAction.Suspend => await review.SuspendAsync(id, v, form.Procedure ?? "", form.Reason ?? "", actor, cancellationToken),
            CaseAction.Resume => await review.ResumeAsync(id, v, form.Reason, actor, cancellationToken),
            CaseAction.Extend => await review.ExtendAsync(id, v, form.WorkingDays, form.Reason ?? "", actor, cancellationToken),
            CaseAction.Decide => await decide.HandleAsync(id, v, form.Approve, form.Reason ?? "", form.LegalBasis, actor, cancellationToken),
            CaseAction.Deliver => await deliver.HandleAsync(id, v, Enum.TryParse<DeliveryMethod>(form.Method, out var method) ? method
                : throw PlatformProblem.Invalid("case.delivery.method_invalid", "method", "请选择送达方式。"), form.TrackingNumber, form.Note, actor, cancellationToken),
            CaseAction.ConfirmDelivery => await delivery.ConfirmAsync(id, v, form.ReceivedBy, actor, cancellationToken),
            CaseAction.ReportDeliveryFailure => await delivery.FailAsync(id, v, form.Reason ?? "", form.Next ?? "", form.TrackingNumber, actor,
                cancellationToken),
            CaseAction.Withdraw => await withdraw.HandleAsync(id, v, form.Reason ?? "", actor, cancellationToken),
            CaseAction.Revoke => await revoke.HandleAsync(id, v, form.Method ?? "", form.LegalBasis ?? "", actor, cancellationToken),
            _ => throw PlatformProblem.Invalid("case.step.not_on_page", "action", "该操作请在相应页面办理。"),
        };
    }

    /// <summary>"code|problem" names one of the case's materials; "field|problem" a form field; a bare line is a general problem.</summary>
    private static IReadOnlyList<CorrectionItem> Items(CaseView view, string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('|', 2, StringSplitOptions.TrimEntries))
            .Select(parts => parts.Length < 2 ? new CorrectionItem(null, null, parts[0])
                : view.Materials.Any(m => m.Code == parts[0]) ? new CorrectionItem(parts[0], null, parts[1])
                : new CorrectionItem(null, parts[0], parts[1]))
            .ToList();
}

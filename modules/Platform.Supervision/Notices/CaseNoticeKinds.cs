using Platform.Cases.Contracts;

namespace Platform.Supervision.Notices;

/// <summary>
/// The case events someone must act on or know of. Applicants: accepted (or accepted with materials to supply by a
/// date), correction requested, not accepted, decided, result dispatched / redelivered / waiting at the window,
/// delivered, decision revoked (also after a false commitment found by its post-verification). Units: a new online application, an answered correction, a supplied deferred material.
/// A withdrawal (the applicant's own step) and steps inside the review raise nothing.
/// </summary>
internal static class CaseNoticeKinds
{
    public static CaseNoticeKind? Of(CaseStepRecorded step) => step.Action switch
    {
        CaseAction.Submit when step.Channel == "online" => Unit("submitted"),
        CaseAction.Accept => Applicant("accepted"),
        CaseAction.TolerantAccept => Applicant("deferred-material-due"),
        CaseAction.AcceptOnCommitment => Applicant("approved"),
        CaseAction.RequestCorrection => Applicant("correction-requested"),
        CaseAction.RejectAtIntake => Applicant("rejected"),
        CaseAction.Decide => Applicant(step.ToState == CaseState.Approved ? "approved" : "refused"),
        CaseAction.Deliver => Applicant(step.ToState == CaseState.InDelivery ? "courier-dispatched" : "delivered"),
        CaseAction.ReportDeliveryFailure => Applicant(Text(step, "next") == "retry" ? "delivery-retried" : "delivery-failed-pickup"),
        CaseAction.ConfirmDelivery => Applicant("delivered"),
        CaseAction.Revoke => Applicant("revoked"),
        CaseAction.RecordVerification when step.ToState == CaseState.Revoked => Applicant("commitment-false"),
        CaseAction.AnswerCorrection => Unit("correction-answered"),
        CaseAction.SupplyDeferredMaterial => Unit("deferred-material-supplied"),
        _ => null,
    };

    /// <summary>A string the step's timeline data carries, or null.</summary>
    public static string? Text(CaseStepRecorded step, string name) =>
        step.Data.ValueKind == System.Text.Json.JsonValueKind.Object && step.Data.TryGetProperty(name, out var value)
        && value.ValueKind == System.Text.Json.JsonValueKind.String ? value.GetString() : null;

    private static CaseNoticeKind Applicant(string kind) => new(kind, true);

    private static CaseNoticeKind Unit(string kind) => new(kind, false);
}

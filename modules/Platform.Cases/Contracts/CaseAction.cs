namespace Platform.Cases.Contracts;

/// <summary>The steps people take on a case; each is recorded with actor, unit and time.</summary>
public enum CaseAction
{
    Submit,
    Accept,
    TolerantAccept,
    AcceptOnCommitment,
    RejectAtIntake,
    RequestCorrection,
    AnswerCorrection,
    CompleteReviewStep,
    Suspend,
    Resume,
    Extend,
    Decide,
    Deliver,
    Withdraw,
    SupplyDeferredMaterial,
    ConfirmDelivery,
    ReportDeliveryFailure,
    Revoke,
    ChooseDelivery,
    RecordVerification,
}

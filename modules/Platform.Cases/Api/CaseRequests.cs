using Platform.Catalogue.Contracts;
using Platform.Cases.Contracts;
using Platform.Cases.Correction;

namespace Platform.Cases.Api;

/// <summary>A material handed in: an uploaded file's id, or the number of one of the applicant's e-licences.</summary>
internal sealed record MaterialInput(string? MaterialCode, Guid? FileId, string? LicenceReference);

/// <summary>An application. Window clerks fill in the applicant; an applicant applying online is the applicant.</summary>
internal sealed record SubmitCaseRequest(string? RegionCode, string? MatterCode, ApplicantInput? Applicant,
    System.Text.Json.JsonElement? Form, IReadOnlyList<MaterialInput>? Materials, DeliveryChoiceInput? Delivery = null);

/// <summary>How the applicant wants the result: <c>method</c> (Window, Courier, OnlinePush, Agent), and for a courier the address, recipient and phone.</summary>
internal sealed record DeliveryChoiceInput(string? Method, string? Address, string? Recipient, string? Phone);

internal sealed record ApplicantInput(string? Id, string? Name, string? Kind, string? EnterpriseCode);

internal sealed record CommitmentRequest(bool CommitmentLetterSigned);

/// <summary>Tolerant acceptance: the signed commitment letter and the materials ticked as deferred (omitted: the missing non-core ones).</summary>
internal sealed record TolerantAcceptRequest(bool CommitmentLetterSigned, IReadOnlyList<string>? DeferredMaterials);

internal sealed record ReasonRequest(string? Reason);

/// <summary>A post-verification's result: verified (属实) or a false commitment (承诺不实) with its findings.</summary>
internal sealed record VerificationRequest(bool? Verified, string? Findings);

internal sealed record RevokeRequest(string? Kind, string? LegalGround);

internal sealed record CorrectionRequest(IReadOnlyList<CorrectionItem>? Items);

internal sealed record AnswerCorrectionRequest(IReadOnlyList<MaterialInput>? Materials);

internal sealed record ReviewOpinionRequest(bool Agrees, string? Opinion);

internal sealed record SuspendRequest(string? Procedure, string? Reason);

internal sealed record ResumeRequest(string? Result);

internal sealed record ExtendRequest(int WorkingDays, string? Reason);

internal sealed record DecideRequest(bool Approve, string? Reasons, string? LegalBasis);

/// <summary>Dispatch of the result; without a method, the one the applicant chose.</summary>
internal sealed record DeliverRequest(DeliveryMethod? Method, string? TrackingNumber, string? Note);

internal sealed record SupplyRequest(Guid FileId);

internal sealed record ConfirmDeliveryRequest(string? ReceivedBy);

internal sealed record DeliveryFailedRequest(string? Reason, string? Next, string? TrackingNumber);

internal sealed record SignRequest(string? Document);

internal sealed record OpenPaymentRequest(string? FeeName);

internal sealed record PayRequest(string? PayerToken);

internal sealed record RefundRequest(string? Reason);

namespace Platform.Cases.Contracts;

/// <summary>Where a case (办件) stands.</summary>
public enum CaseState
{
    /// <summary>Submitted online or at a window, waiting for the intake decision.</summary>
    Submitted,

    /// <summary>A one-time correction notice (一次性告知) is out; the applicant must answer.</summary>
    AwaitingCorrection,

    /// <summary>Accepted (受理), being reviewed by the units the matter names; the clock runs.</summary>
    UnderReview,

    /// <summary>A special procedure (expert review, public notice, hearing, survey) stops the clock.</summary>
    Suspended,

    /// <summary>Decided: approved (准予).</summary>
    Approved,

    /// <summary>Decided: refused (不予许可), with reasons and legal basis.</summary>
    Refused,

    /// <summary>Not accepted at intake (不予受理), with a reason. Final.</summary>
    RejectedAtIntake,

    /// <summary>The result reached the applicant (送达). Final.</summary>
    Delivered,

    /// <summary>The applicant withdrew before a decision (撤件). Final.</summary>
    Withdrawn,

    /// <summary>The result is on its way (寄送中) by courier, or waits at the window after a failed courier delivery.</summary>
    InDelivery,

    /// <summary>An issued decision was revoked or cancelled (撤销 / 注销) on a legal ground; its licence is revoked. Final.</summary>
    Revoked,
}

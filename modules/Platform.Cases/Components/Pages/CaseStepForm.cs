namespace Platform.Cases.Components.Pages;

/// <summary>What the case page's step forms post: the step, the version the person saw, and the step's fields.</summary>
internal sealed class CaseStepForm
{
    public string? Action { get; set; }
    public int Version { get; set; }
    public bool CommitmentLetterSigned { get; set; }
    public string? Reason { get; set; }
    public string? Opinion { get; set; }
    /// <summary>The review opinion's verdict; null until the reviewer chooses (nothing is chosen for them).</summary>
    public bool? Agrees { get; set; }
    public string? Procedure { get; set; }
    public int WorkingDays { get; set; }
    /// <summary>准予 or 不予许可; null until the decider chooses (nothing is chosen for them).</summary>
    public bool? Approve { get; set; }
    public string? LegalBasis { get; set; }

    /// <summary>A post-verification's conclusion: 属实 (true) or 承诺不实 (false); null until the reviewer chooses.</summary>
    public bool? Verified { get; set; }

    /// <summary>What the post-verification found.</summary>
    public string? Findings { get; set; }
    public string? Method { get; set; }
    public string? TrackingNumber { get; set; }
    public string? Note { get; set; }

    /// <summary>The courier address, recipient and phone of a delivery choice.</summary>
    public string? Address { get; set; }
    public string? Recipient { get; set; }
    public string? Phone { get; set; }

    /// <summary>Who signed for the result (delivery confirmation).</summary>
    public string? ReceivedBy { get; set; }

    /// <summary>After a failed courier delivery: <c>retry</c> or <c>window</c>.</summary>
    public string? Next { get; set; }

    /// <summary>The document to e-sign: <c>application</c> or <c>commitment</c>.</summary>
    public string? Document { get; set; }

    /// <summary>What the payment platform's cashier answered for the payer.</summary>
    public string? PayerToken { get; set; }

    /// <summary>The payment's idempotency key, fixed when the form was rendered, so a re-posted form never charges twice.</summary>
    public string? PaymentKey { get; set; }

    /// <summary>The materials ticked for correction, by code (the value of a ticked box).</summary>
    public Dictionary<string, string> CorrectionMaterials { get; set; } = [];

    /// <summary>What is wrong with each ticked material, by code.</summary>
    public Dictionary<string, string> CorrectionProblems { get; set; } = [];

    /// <summary>Problems with the application form or in general, one per line.</summary>
    public string? CorrectionOther { get; set; }

    /// <summary>The materials ticked as deferred (容缺) at tolerant acceptance, by code.</summary>
    public Dictionary<string, string> DeferredMaterials { get; set; } = [];
}

namespace Platform.Cases.Components.Pages;

/// <summary>What the case page's step forms post: the step, the version the person saw, and the step's fields.</summary>
internal sealed class CaseStepForm
{
    public string? Action { get; set; }
    public int Version { get; set; }
    public bool CommitmentLetterSigned { get; set; }
    public string? Reason { get; set; }
    public string? Opinion { get; set; }
    public bool Agrees { get; set; } = true;
    public string? Procedure { get; set; }
    public int WorkingDays { get; set; }
    public bool Approve { get; set; } = true;
    public string? LegalBasis { get; set; }
    public string? Method { get; set; }
    public string? TrackingNumber { get; set; }
    public string? Note { get; set; }

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

    /// <summary>One item per line: a material code or field name, a vertical bar, the problem.</summary>
    public string? CorrectionItems { get; set; }
}

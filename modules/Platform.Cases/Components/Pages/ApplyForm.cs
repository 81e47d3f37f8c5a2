namespace Platform.Cases.Components.Pages;

/// <summary>The application form: who applies (filled in at a window), the form data, and a key that makes a double submit harmless.</summary>
internal sealed class ApplyForm
{
    public string? SubmissionKey { get; set; }
    public string? ApplicantKind { get; set; } = "enterprise";
    public string? ApplicantId { get; set; }
    public string? ApplicantName { get; set; }
    public string? EnterpriseCode { get; set; }
    public string? ProjectName { get; set; }
    public string? Description { get; set; }

    /// <summary>How the result should reach the applicant (送达方式), and for a courier where to.</summary>
    public string? Method { get; set; }
    public string? Address { get; set; }
    public string? Recipient { get; set; }
    public string? Phone { get; set; }
}

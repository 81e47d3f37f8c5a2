namespace Platform.Identity.Components.Pages;

/// <summary>What the sign-in page posts. <see cref="Kind"/> is "staff" or "applicant".</summary>
internal sealed class SignInForm
{
    public string? Kind { get; set; } = "staff";
    public string? Account { get; set; }
    public string? Password { get; set; }
}

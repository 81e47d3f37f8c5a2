namespace Platform.Identity.SignIn;

/// <summary>A row of <c>identity.local_applicants</c>.</summary>
internal sealed class LocalApplicant
{
    public string Identifier { get; init; } = "";
    public string PasswordHash { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public string ApplicantKind { get; init; } = "";
    public string? EnterpriseId { get; init; }
    public string RegionCode { get; init; } = "";
}

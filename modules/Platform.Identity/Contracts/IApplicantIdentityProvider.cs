namespace Platform.Identity.Contracts;

/// <summary>
/// The seam to the province's unified identity service. The demo ships a local provider that
/// accepts a phone number or credit code with a demo password; a deployment replaces it.
/// </summary>
public interface IApplicantIdentityProvider
{
    string Name { get; }

    /// <summary>The applicant the credentials prove, or null when they prove nothing.</summary>
    Task<ApplicantIdentity?> AuthenticateAsync(string identifier, string secret, CancellationToken cancellationToken);
}

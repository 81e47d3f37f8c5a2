namespace Platform.Identity.Contracts;

/// <summary>
/// Where an applicant can be reached outside the platform, for notices: only the mobile number, nothing else
/// about the person. The local provider's citizens sign in with their mobile number, so that is their contact;
/// a deployment whose identity provider vouches for a phone replaces this.
/// </summary>
public interface IApplicantContacts
{
    /// <summary>The applicant user's mobile number, or null when none is known (e.g. an enterprise account).</summary>
    Task<string?> MobileAsync(Guid applicantUserId, CancellationToken cancellationToken);
}

namespace Platform.Identity.Contracts;

/// <summary>
/// An applicant as the identity provider vouches for them. <see cref="Subject"/> is the provider's
/// stable id; <see cref="EnterpriseId"/> is the unified social credit code when <see cref="Kind"/> is Enterprise.
/// </summary>
public sealed record ApplicantIdentity(string Provider, string Subject, string Name, ApplicantKind Kind, string? EnterpriseId, string RegionCode);

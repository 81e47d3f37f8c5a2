using Dapper;
using Microsoft.AspNetCore.Identity;
using Npgsql;
using Platform.Identity.Contracts;

namespace Platform.Identity.SignIn;

/// <summary>
/// The demo's stand-in for the province's unified identity service: a phone number (citizen) or a
/// unified social credit code (enterprise) with a password, checked against <c>identity.local_applicants</c>.
/// </summary>
internal sealed class LocalApplicantIdentityProvider(NpgsqlDataSource dataSource, IPasswordHasher<LocalApplicant> hasher)
    : IApplicantIdentityProvider
{
    public string Name => "local";

    public async Task<ApplicantIdentity?> AuthenticateAsync(string identifier, string secret, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var applicant = await connection.QuerySingleOrDefaultAsync<LocalApplicant>(
            """
            SELECT identifier, password_hash, display_name, applicant_kind, enterprise_id, region_code
            FROM identity.local_applicants WHERE identifier = @identifier
            """, new { identifier });
        if (applicant is null) return null;
        if (hasher.VerifyHashedPassword(applicant, applicant.PasswordHash, secret) == PasswordVerificationResult.Failed) return null;
        return new ApplicantIdentity(Name, applicant.Identifier, applicant.DisplayName,
            Enum.Parse<ApplicantKind>(applicant.ApplicantKind), applicant.EnterpriseId, applicant.RegionCode);
    }
}

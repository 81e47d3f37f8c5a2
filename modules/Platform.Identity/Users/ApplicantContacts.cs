using System.Text.RegularExpressions;
using Dapper;
using Npgsql;
using Platform.Identity.Contracts;

namespace Platform.Identity.Users;

/// <summary>A citizen applicant's mobile number is the subject the sign-in provider vouched for, when it is one.</summary>
internal sealed partial class ApplicantContacts(NpgsqlDataSource dataSource) : IApplicantContacts
{
    public async Task<string?> MobileAsync(Guid applicantUserId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var subject = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            """
            SELECT provider_subject FROM identity.users
            WHERE id = @applicantUserId AND applicant_kind = 'Citizen' AND 'Applicant' = ANY(roles)
            """, new { applicantUserId }, cancellationToken: cancellationToken));
        return subject is not null && Mobile().IsMatch(subject) ? subject : null;
    }

    [GeneratedRegex("^1[3-9][0-9]{9}$")]
    private static partial Regex Mobile();
}

using Dapper;
using Npgsql;
using Platform.Identity.Contracts;
using Platform.Identity.Security;
using Platform.Identity.Users;
using Platform.Kernel;
using Platform.Kernel.Time;

namespace Platform.Identity.SignIn;

/// <summary>
/// Applicant sign-in through the identity provider. The first sign-in of a provider subject creates
/// its applicant user; later ones find it again, so cases stay attached to one id.
/// </summary>
internal sealed class ApplicantSignIn(IApplicantIdentityProvider provider, NpgsqlDataSource dataSource, UserStore users,
    SecurityLog log, IClock clock)
{
    public async Task<SignInOutcome> SignInAsync(string identifier, string secret, CancellationToken cancellationToken)
    {
        var identity = await provider.AuthenticateAsync(identifier?.Trim() ?? "", secret ?? "", cancellationToken);
        if (identity is null)
        {
            await log.RecordAsync(SecurityEventKind.SignInFailed, identifier, null, null, $"applicant via {provider.Name}", cancellationToken);
            return SignInOutcome.Failed;
        }

        var account = $"applicant:{identity.Provider}:{identity.Subject}";
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            var exists = await connection.ExecuteScalarAsync<bool>(
                "SELECT EXISTS (SELECT 1 FROM identity.users WHERE account = @account)", new { account }, transaction);
            if (!exists)
                await UserStore.InsertAsync(transaction, new UserRow
                {
                    Id = Ids.New(), RegionCode = identity.RegionCode, Account = account, DisplayName = identity.Name,
                    Roles = [nameof(Role.Applicant)], ApplicantKind = identity.Kind.ToString(), EnterpriseId = identity.EnterpriseId,
                    Provider = identity.Provider, ProviderSubject = identity.Subject,
                }, clock.Now);
            await transaction.CommitAsync(cancellationToken);
        }

        var user = await users.FindByAccountAsync(account, cancellationToken);
        if (user is null || user.Disabled)
        {
            await log.RecordAsync(SecurityEventKind.SignInFailed, account, user?.Id, identity.RegionCode, "applicant disabled", cancellationToken);
            return SignInOutcome.Failed;
        }

        await log.RecordAsync(SecurityEventKind.SignInSucceeded, account, user.Id, user.RegionCode, $"applicant via {provider.Name}", cancellationToken);
        return new SignInOutcome(user, false);
    }
}

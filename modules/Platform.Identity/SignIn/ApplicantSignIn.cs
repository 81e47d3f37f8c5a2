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
/// its applicant user; later ones find it again, so cases stay attached to one id. Repeated failures lock
/// the identifier (<see cref="ApplicantLockout"/>), and an address that failed too often waits (<see cref="SignInThrottle"/>).
/// </summary>
internal sealed class ApplicantSignIn(IApplicantIdentityProvider provider, NpgsqlDataSource dataSource, UserStore users,
    SecurityLog log, SignInThrottle throttle, ApplicantLockout lockout, IClock clock)
{
    public async Task<SignInOutcome> SignInAsync(string identifier, string secret, CancellationToken cancellationToken)
    {
        if (await throttle.WaitAsync(cancellationToken) is { } wait)
        {
            await log.RecordAsync(SecurityEventKind.SignInThrottled, identifier, null, null, "applicant", cancellationToken);
            return SignInOutcome.Throttled(wait);
        }

        var key = ApplicantLockout.Key(identifier ?? "");
        if (await lockout.IsLockedAsync(key, cancellationToken))
        {
            await log.RecordAsync(SecurityEventKind.SignInFailed, identifier, null, null, "applicant locked out", cancellationToken);
            return SignInOutcome.Locked;
        }

        var identity = await provider.AuthenticateAsync(identifier?.Trim() ?? "", secret ?? "", cancellationToken);
        if (identity is null)
        {
            var locked = await lockout.RecordFailureAsync(key, cancellationToken);
            await log.RecordAsync(locked ? SecurityEventKind.LockedOut : SecurityEventKind.SignInFailed, identifier, null, null,
                $"applicant via {provider.Name}", cancellationToken);
            return locked ? SignInOutcome.Locked : SignInOutcome.Failed;
        }

        await lockout.ResetAsync(key, cancellationToken);

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

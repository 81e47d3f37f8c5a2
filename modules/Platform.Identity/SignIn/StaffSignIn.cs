using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Platform.Identity.Contracts;
using Platform.Identity.Security;
using Platform.Identity.Users;
using Platform.Kernel.Time;

namespace Platform.Identity.SignIn;

/// <summary>
/// Account and password sign-in for staff (and for any user holding a password), with lockout after
/// repeated failures of the account and a pause for an address that failed too often (<see cref="SignInThrottle"/>). Every attempt lands in the security log; the password goes nowhere but the hasher.
/// </summary>
internal sealed class StaffSignIn(UserStore users, IPasswordHasher<UserRow> hasher, SecurityLog log, SignInThrottle throttle, IClock clock,
    IOptions<IdentitySettings> settings)
{
    // Unknown accounts still pay for one hash verification, so timing does not reveal which accounts exist.
    private static readonly string DummyHash = new PasswordHasher<UserRow>().HashPassword(new UserRow(), Guid.NewGuid().ToString());

    public async Task<SignInOutcome> SignInAsync(string account, string password, CancellationToken cancellationToken)
    {
        if (await throttle.WaitAsync(cancellationToken) is { } wait)
        {
            await log.RecordAsync(SecurityEventKind.SignInThrottled, account, null, null, "staff", cancellationToken);
            return SignInOutcome.Throttled(wait);
        }

        var user = string.IsNullOrWhiteSpace(account) ? null : await users.FindByAccountAsync(account.Trim(), cancellationToken);
        if (user?.PasswordHash is null || user.Disabled || user.RoleSet.SequenceEqual([Role.Applicant]))
        {
            hasher.VerifyHashedPassword(new UserRow(), DummyHash, password ?? "");
            await log.RecordAsync(SecurityEventKind.SignInFailed, account, user?.Id, user?.RegionCode,
                user is null ? "unknown account" : "account cannot sign in with a password", cancellationToken);
            return SignInOutcome.Failed;
        }

        var now = clock.Now;
        if (user.IsLockedAt(now))
        {
            await log.RecordAsync(SecurityEventKind.SignInFailed, account, user.Id, user.RegionCode, "locked out", cancellationToken);
            return SignInOutcome.Locked;
        }

        var verdict = hasher.VerifyHashedPassword(user, user.PasswordHash, password ?? "");
        if (verdict == PasswordVerificationResult.Failed)
        {
            var options = settings.Value;
            var locked = await users.RecordFailureAsync(user.Id, options.MaxFailedAttempts, now + options.LockoutDuration, cancellationToken);
            await log.RecordAsync(locked ? SecurityEventKind.LockedOut : SecurityEventKind.SignInFailed, account, user.Id,
                user.RegionCode, "wrong password", cancellationToken);
            return locked ? SignInOutcome.Locked : SignInOutcome.Failed;
        }

        await users.ResetFailuresAsync(user.Id, cancellationToken);
        await log.RecordAsync(SecurityEventKind.SignInSucceeded, account, user.Id, user.RegionCode, "password", cancellationToken);
        return new SignInOutcome(user, false);
    }
}

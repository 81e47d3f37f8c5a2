using Platform.Identity.Users;

namespace Platform.Identity.SignIn;

/// <summary>
/// How a sign-in ended. Only <see cref="Succeeded"/> carries the user; <see cref="RetryAfter"/> is set when the client
/// address failed too often and the attempt was refused before any password was checked.
/// </summary>
internal sealed record SignInOutcome(UserRow? User, bool LockedOut, TimeSpan? RetryAfter = null)
{
    public bool Succeeded => User is not null;

    public static SignInOutcome Failed { get; } = new(null, false);

    public static SignInOutcome Locked { get; } = new(null, true);

    public static SignInOutcome Throttled(TimeSpan wait) => new(null, false, wait);
}

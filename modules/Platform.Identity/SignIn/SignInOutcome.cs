using Platform.Identity.Users;

namespace Platform.Identity.SignIn;

/// <summary>How a sign-in ended. Only <see cref="Succeeded"/> carries the user.</summary>
internal sealed record SignInOutcome(UserRow? User, bool LockedOut)
{
    public bool Succeeded => User is not null;

    public static SignInOutcome Failed { get; } = new(null, false);

    public static SignInOutcome Locked { get; } = new(null, true);
}

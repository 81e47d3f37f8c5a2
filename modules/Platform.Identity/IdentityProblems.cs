namespace Platform.Identity;

/// <summary>The stable problem codes of the identity module.</summary>
internal static class IdentityProblems
{
    public const string Forbidden = "identity.forbidden";
    public const string Unauthenticated = "identity.unauthenticated";
    public const string InvalidCredentials = "identity.sign_in.invalid";
    public const string LockedOut = "identity.sign_in.locked_out";
    public const string RefreshInvalid = "identity.refresh.invalid";
    public const string UnitNotFound = "identity.unit.not_found";
    public const string UserNotFound = "identity.user.not_found";
    public const string RateLimited = "platform.rate_limited";
}

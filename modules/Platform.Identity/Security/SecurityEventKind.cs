namespace Platform.Identity.Security;

/// <summary>What the security log records. Stored as snake_case text.</summary>
internal enum SecurityEventKind
{
    SignInSucceeded,
    SignInFailed,
    LockedOut,
    SignedOut,
    TokenRefreshed,
    AccessDenied,
}

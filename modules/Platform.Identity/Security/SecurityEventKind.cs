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

    /// <summary>A refresh token that is unknown, expired or revoked was offered.</summary>
    RefreshFailed,

    /// <summary>A rotated-out refresh token was offered again; its whole family was revoked.</summary>
    RefreshReused,

    /// <summary>An attempt refused because its client address failed too often (not itself counted as a failure).</summary>
    SignInThrottled,
}

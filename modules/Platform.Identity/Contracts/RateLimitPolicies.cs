namespace Platform.Identity.Contracts;

/// <summary>Rate-limit policies the identity module registers, for <c>RequireRateLimiting(RateLimitPolicies.Create)</c>.</summary>
public static class RateLimitPolicies
{
    /// <summary>Sign-in and token endpoints, per client address.</summary>
    public const string SignIn = "sign-in";

    /// <summary>Endpoints that create something, per user (or client address when anonymous).</summary>
    public const string Create = "create";
}

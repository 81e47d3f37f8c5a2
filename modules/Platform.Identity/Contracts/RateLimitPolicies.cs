namespace Platform.Identity.Contracts;

/// <summary>Rate-limit policies the identity module registers, for <c>RequireRateLimiting(RateLimitPolicies.Create)</c>.</summary>
public static class RateLimitPolicies
{
    /// <summary>Anonymous look-ups by number and code (case tracking), per client address; a budget of their own.</summary>
    public const string Tracking = "tracking";

    /// <summary>Endpoints that create something, per user (or client address when anonymous).</summary>
    public const string Create = "create";
}

namespace Platform.Cases.Verification;

/// <summary>How a post-verification ended, as stored in <c>post_verifications.result</c>.</summary>
internal static class VerificationResults
{
    public const string Verified = "verified";
    public const string False = "false";

    /// <summary>The case was revoked or cancelled another way before the check: nothing left to verify.</summary>
    public const string Cancelled = "cancelled";
}

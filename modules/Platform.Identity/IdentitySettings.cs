namespace Platform.Identity;

/// <summary>The <c>Identity</c> configuration section. Every value has a safe default.</summary>
internal sealed class IdentitySettings
{
    public const string Section = "Identity";

    /// <summary>Base64 (or a plain string of at least 32 characters); when absent a key is generated once and kept in the database.</summary>
    public string? SigningKey { get; set; }

    public int MaxFailedAttempts { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan CookieLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Failed sign-ins (and bad refresh tokens) a client address may have within <see cref="FailedSignInWindow"/>.</summary>
    public int FailedSignInsPerAddress { get; set; } = 20;

    public TimeSpan FailedSignInWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Anonymous case-tracking look-ups per client address per minute.</summary>
    public int TrackingPerMinute { get; set; } = 30;

    /// <summary>Creating requests per user per minute.</summary>
    public int CreatePerMinute { get; set; } = 60;
}

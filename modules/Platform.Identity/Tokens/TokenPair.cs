namespace Platform.Identity.Tokens;

/// <summary>What the token endpoints answer.</summary>
internal sealed record TokenPair(string AccessToken, string TokenType, int ExpiresIn, string RefreshToken, DateTimeOffset RefreshExpiresAt);

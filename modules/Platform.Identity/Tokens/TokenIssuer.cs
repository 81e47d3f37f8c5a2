using System.Security.Cryptography;
using Dapper;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Npgsql;
using Platform.Identity.Access;
using Platform.Identity.Users;
using Platform.Kernel.Time;

namespace Platform.Identity.Tokens;

/// <summary>Issues access tokens (JWT, short-lived) and refresh tokens (opaque, stored only as a hash, rotated on use).</summary>
internal sealed class TokenIssuer(SigningKeyStore keys, NpgsqlDataSource dataSource, IClock clock, IOptions<IdentitySettings> settings)
{
    public const string Issuer = "platform";
    public const string Audience = "platform-api";

    public async Task<TokenPair> IssueAsync(UserRow user, CancellationToken cancellationToken)
    {
        var options = settings.Value;
        var now = clock.Now;
        var access = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = ActorClaims.IdentityFor(user, "Bearer"),
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + options.AccessTokenLifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(keys.Key, SecurityAlgorithms.HmacSha256),
        });

        var refresh = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var refreshExpires = now + options.RefreshTokenLifetime;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO identity.refresh_tokens (token_hash, user_id, issued_at, expires_at) VALUES (@hash, @userId, @now, @refreshExpires)",
            new { hash = Hash(refresh), userId = user.Id, now, refreshExpires });
        return new TokenPair(access, "Bearer", (int)options.AccessTokenLifetime.TotalSeconds, refresh, refreshExpires);
    }

    /// <summary>Revokes a live refresh token and returns its user id, or null when it is unknown, revoked or expired.</summary>
    public async Task<Guid?> RedeemAsync(string refreshToken, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<Guid?>(
            """
            UPDATE identity.refresh_tokens SET revoked_at = @now
            WHERE token_hash = @hash AND revoked_at IS NULL AND expires_at > @now
            RETURNING user_id
            """, new { hash = Hash(refreshToken), now = clock.Now });
    }

    public static byte[] Hash(string token) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token));
}

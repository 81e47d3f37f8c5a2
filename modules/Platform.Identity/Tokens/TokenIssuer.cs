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

/// <summary>
/// Issues access tokens (JWT, short-lived) and refresh tokens (opaque, stored only as a hash, rotated on use). The refresh
/// tokens of one sign-in form a family; a rotated-out one offered again revokes the whole family (RFC 9700, 4.14.2).
/// </summary>
internal sealed class TokenIssuer(SigningKeyStore keys, NpgsqlDataSource dataSource, IClock clock, IOptions<IdentitySettings> settings)
{
    public const string Issuer = "platform";
    public const string Audience = "platform-api";

    /// <param name="family">The family of the refresh token this pair replaces; a new sign-in starts a family.</param>
    public async Task<TokenPair> IssueAsync(UserRow user, CancellationToken cancellationToken, Guid? family = null)
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
            """
            INSERT INTO identity.refresh_tokens (token_hash, user_id, family_id, issued_at, expires_at)
            VALUES (@hash, @userId, @family, @now, @refreshExpires)
            """, new { hash = Hash(refresh), userId = user.Id, family = family ?? Platform.Kernel.Ids.New(), now, refreshExpires });
        return new TokenPair(access, "Bearer", (int)options.AccessTokenLifetime.TotalSeconds, refresh, refreshExpires);
    }

    /// <summary>
    /// Revokes a live refresh token and names its user and family. A token already revoked (rotated out or signed out) revokes
    /// its whole family instead and is reported as reused; an unknown or expired one is neither.
    /// </summary>
    public async Task<RefreshRedemption> RedeemAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var hash = Hash(refreshToken);
        var now = clock.Now;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var live = await connection.QuerySingleOrDefaultAsync<LiveToken>(new CommandDefinition(
            """
            UPDATE identity.refresh_tokens SET revoked_at = @now
            WHERE token_hash = @hash AND revoked_at IS NULL AND expires_at > @now
            RETURNING user_id, family_id
            """, new { hash, now }, cancellationToken: cancellationToken));
        if (live is not null) return new RefreshRedemption(live.UserId, live.FamilyId, false);
        var reusedBy = await connection.ExecuteScalarAsync<Guid?>(new CommandDefinition(
            """
            WITH reused AS (SELECT user_id, family_id FROM identity.refresh_tokens WHERE token_hash = @hash AND revoked_at IS NOT NULL),
                 family AS (UPDATE identity.refresh_tokens t SET revoked_at = @now FROM reused
                            WHERE t.family_id = reused.family_id AND t.revoked_at IS NULL RETURNING t.token_hash)
            SELECT user_id FROM reused
            """, new { hash, now }, cancellationToken: cancellationToken));
        return new RefreshRedemption(reusedBy, null, reusedBy is not null);
    }

    private sealed class LiveToken
    {
        public Guid UserId { get; init; }
        public Guid FamilyId { get; init; }
    }

    public static byte[] Hash(string token) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token));
}

using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Platform.Identity.Access;
using Platform.Kernel.Time;

namespace Platform.Identity.Tokens;

/// <summary>Validates access tokens against the shared signing key, with lifetimes judged by <see cref="IClock"/>.</summary>
internal sealed class ConfigureJwtBearer(SigningKeyStore keys, IClock clock) : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name != JwtBearerDefaults.AuthenticationScheme) return;
        options.MapInboundClaims = false;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = TokenIssuer.Issuer,
            ValidAudience = TokenIssuer.Audience,
            IssuerSigningKeyResolver = (_, _, _, _) => [keys.Key],
            NameClaimType = ActorClaims.Name,
            RoleClaimType = ActorClaims.Role,
            ClockSkew = TimeSpan.Zero,
            LifetimeValidator = (notBefore, expires, _, _) =>
            {
                var now = clock.Now.UtcDateTime;
                return (notBefore is null || notBefore <= now) && expires is not null && expires > now;
            },
        };
    }

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);
}

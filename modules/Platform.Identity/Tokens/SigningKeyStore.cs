using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Npgsql;
using Platform.Kernel.Time;

namespace Platform.Identity.Tokens;

/// <summary>
/// The key that signs access tokens: <c>Identity:SigningKey</c> when configured, else one generated
/// on first use and kept in <c>identity.signing_keys</c>, so every host of one database accepts every token.
/// </summary>
internal sealed class SigningKeyStore(NpgsqlDataSource dataSource, IClock clock, IOptions<IdentitySettings> settings)
{
    private readonly Lazy<SymmetricSecurityKey> key = new(() => Load(dataSource, clock, settings.Value));

    public SymmetricSecurityKey Key => key.Value;

    private static SymmetricSecurityKey Load(NpgsqlDataSource dataSource, IClock clock, IdentitySettings settings)
    {
        if (!string.IsNullOrWhiteSpace(settings.SigningKey)) return new SymmetricSecurityKey(FromConfiguration(settings.SigningKey));

        using var connection = dataSource.OpenConnection();
        connection.Execute(
            "INSERT INTO identity.signing_keys (name, key_bytes, created_at) VALUES ('access-token', @bytes, @now) ON CONFLICT (name) DO NOTHING",
            new { bytes = RandomNumberGenerator.GetBytes(64), now = clock.Now });
        var stored = connection.ExecuteScalar<byte[]>("SELECT key_bytes FROM identity.signing_keys WHERE name = 'access-token'")!;
        return new SymmetricSecurityKey(stored);
    }

    private static byte[] FromConfiguration(string configured)
    {
        var bytes = configured.Length % 4 == 0 && IsBase64(configured) ? Convert.FromBase64String(configured) : Encoding.UTF8.GetBytes(configured);
        if (bytes.Length < 32)
            throw new InvalidOperationException("Identity:SigningKey is too short: give at least 32 bytes (base64) or 32 characters.");
        return bytes;
    }

    private static bool IsBase64(string value) => Convert.TryFromBase64String(value, new byte[value.Length], out _);
}

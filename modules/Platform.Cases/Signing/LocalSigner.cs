using System.Security.Cryptography;
using System.Text;
using Platform.Cases.Contracts;

namespace Platform.Cases.Signing;

/// <summary>
/// A local stand-in for the province signature service: hashes the content and signs the hash with a key made
/// when the host starts (HMAC-SHA256). It proves the recording path, not a legal signature.
/// </summary>
internal sealed class LocalSigner : IElectronicSigner
{
    private readonly byte[] key = RandomNumberGenerator.GetBytes(32);

    public string Name => "local";

    public Task<SignatureResult> SignAsync(string signerId, string signerName, byte[] content, CancellationToken cancellationToken)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        var signature = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{signerId}\n{hash}")));
        return Task.FromResult(new SignatureResult(hash, signature));
    }
}

namespace Platform.Cases.Contracts;

/// <summary>
/// The e-signature seam (电子签名): signs the exact bytes of a document for a signer. The platform keeps the
/// SHA-256 of what was signed beside the signature, so a changed document no longer matches. A deployment
/// replaces the local signer with the province's signature service.
/// </summary>
public interface IElectronicSigner
{
    string Name { get; }

    Task<SignatureResult> SignAsync(string signerId, string signerName, byte[] content, CancellationToken cancellationToken);
}

/// <summary>The signature value and the hash of the content it covers.</summary>
public sealed record SignatureResult(string ContentSha256, string Signature);

/// <summary>A signature kept on a case: which document (<c>application</c> or <c>commitment</c>), who, when, over which hash.</summary>
public sealed record CaseSignatureView(string Document, string SignerName, string Provider, string ContentSha256, string Signature,
    DateTimeOffset SignedAt);

namespace Platform.Cases.Contracts;

/// <summary>
/// The seam to shared data (the province e-licence library, other departments' records). At submission the
/// cases module asks every registered exchange for each material whose source is a shared e-licence or another
/// department; a match satisfies the material, so the applicant is never asked for it.
/// </summary>
public interface IELicenceExchange
{
    Task<SharedMaterialMatch?> FindAsync(SharedMaterialRequest request, CancellationToken cancellationToken);
}

/// <summary>
/// What a material needs: the applicant (<see cref="ApplicantKind"/> <c>citizen</c> or <c>enterprise</c>; <see cref="ApplicantId"/> is the
/// ID number at a window, the account id online), the material, and its shared source (<c>SharedELicence</c> with a licence type,
/// <c>OtherDepartment</c> with the issuing body, or <c>Intermediary</c> with the kind of firm that produces it).
/// </summary>
public sealed record SharedMaterialRequest(string RegionCode, string ApplicantKind, string ApplicantId, string ApplicantName,
    string? EnterpriseCode, string MaterialName, string Source, string? LicenceType, string? Issuer);

/// <summary>The record that satisfied a material: the source that holds it (e.g. 江苏省电子证照库) and its number there.</summary>
public sealed record SharedMaterialMatch(string SourceName, string Reference);

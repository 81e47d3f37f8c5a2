namespace Platform.Catalogue.Contracts;

/// <summary>
/// Where a material comes from: the applicant, a shared e-licence (fetched, never asked for),
/// another department, or an intermediary.
/// </summary>
public enum MaterialSource
{
    Applicant,
    SharedELicence,
    OtherDepartment,
    Intermediary,
}

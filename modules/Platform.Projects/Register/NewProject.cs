namespace Platform.Projects.Register;

/// <summary>A project as the applicant registers it; the applicant and enterprise come from the signed-in actor.</summary>
internal sealed record NewProject(string RegionCode, string Name, string CategoryCode, string ProjectClass, string Location, string? Zone,
    string ApplicantId, string EnterpriseCode, string EnterpriseName);

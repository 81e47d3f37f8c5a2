namespace Platform.Cases.Domain;

/// <summary>What the applicant handed in for one material: a file, or a reference to one of their e-licences.</summary>
internal sealed record SubmittedMaterial(string MaterialCode, Guid? FileId, string? LicenceReference);

namespace Platform.Bundles.Submission;

/// <summary>A material of the combined list by its key (e-licence type or name): an uploaded file or an e-licence number.</summary>
internal sealed record BundleMaterialInput(string Key, Guid? FileId, string? LicenceReference);

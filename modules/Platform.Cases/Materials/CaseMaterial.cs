using Platform.Cases.Domain;

namespace Platform.Cases.Materials;

internal sealed record CaseMaterial(string MaterialCode, string Name, bool Required, bool Core, MaterialStatus Status,
    Guid? FileId, string? LicenceReference, DateOnly? DeferredDueDate, Guid? DeferredDeadlineId, DateTimeOffset? SuppliedAt)
{
    public bool Satisfied => Status is MaterialStatus.Provided or MaterialStatus.ELicence or MaterialStatus.Supplied;
}
